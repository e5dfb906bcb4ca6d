# copy.copy and copy.deepcopy: containers, cycles, memo, instances with __dict__ and
# __slots__, __copy__/__deepcopy__, __getstate__/__setstate__, exceptions, errors.
import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b[1] is a[1], c[1] is a[1], c == a, c[2]['k'] is a[2]['k'])
t = (1, 'x', None); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); d = copy.deepcopy(t2); print(d is t2, d[1] is t2[1], d)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[1] is cyc)
class P:
    def __init__(s, x, y): s.x, s.y = x, y
    def __repr__(s): return f'P({s.x!r}, {s.y!r})'
p = P(1, [2]); q = copy.copy(p); r = copy.deepcopy(p); print(q, r, q.y is p.y, r.y is p.y, type(r).__name__)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, 'b'))
class C:
    def __init__(s): s.n = 0
    def __copy__(s): print('copy called'); n = C(); n.n = s.n + 1; return n
    def __deepcopy__(s, memo): print('deepcopy called', type(memo).__name__); return C()
print(copy.copy(C()).n, copy.deepcopy(C()).n)
print(copy.copy(P) is P, copy.deepcopy(len) is len, copy.deepcopy(lambda: 1) is not None)
class St:
    def __init__(s): s.v = 1; s.cache = 'x'
    def __getstate__(s): d = dict(s.__dict__); del d['cache']; return d
    def __setstate__(s, st): print('setstate', st); s.__dict__.update(st); s.cache = None
print(copy.deepcopy(St()).cache)
st = {1, 2, 3}; print(copy.copy(st) == st, copy.deepcopy(frozenset([1])) )
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1])
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(id(x) in memo, len(memo))
try:
    copy.deepcopy((i for i in range(3)))
except TypeError as e: print(e)
e = ValueError('bad', 2); print(repr(copy.copy(e)), repr(copy.deepcopy(e)))
try: copy.replace
except AttributeError as e: print(e)
print(copy.Error, copy.error is copy.Error)
class A:
    def __init__(s): s.v = [1]
    def get(s): return s.v
a = A()
m = copy.copy(a.get); print(m.__self__ is a, m())
d = copy.deepcopy({'cb': a.get, 'obj': a}); print(d['cb'].__self__ is d['obj'], d['cb'].__self__ is a, d['cb']())
print(copy.copy(slice(1, 2)), copy.deepcopy(range(3)))
import asyncio, functools, itertools
for obj in (asyncio.Event(), asyncio.Lock(), functools.partial(print, 1), itertools.count(3), asyncio.Queue()):
    for f in (copy.copy, copy.deepcopy):
        try:
            r = f(obj)
            print(type(r).__name__, r is obj)
        except Exception as e:
            print('ERR', type(e).__name__, e)
c = itertools.count(7, 2); next(c); print(copy.copy(c), copy.deepcopy(c), c)
p = functools.partial(max, 1, key=abs); q = copy.deepcopy(p); print(q(-5), q.args, q.keywords, q.func is max)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): print('reduce called'); return (R, (self.v * 2,))
print(copy.copy(R(2)).v, copy.deepcopy(R([1])).v)
class RS:
    def __reduce__(self): return 'RS_GLOBAL'
r = RS(); print(copy.copy(r) is r, copy.deepcopy(r) is r)
class L:
    def __init__(self): self.items = []
    def append(self, x): self.items.append(x)
    def __reduce__(self): return (L, (), None, iter([1, [2]]))
l2 = copy.deepcopy(L()); print(l2.items)
