# collections' classes with **unpacking, format_map, dict merges, and copy/deepcopy of them and
# of plain list, dict and tuple subclasses (their items and attributes survive).
import copy
from collections import Counter, defaultdict, OrderedDict, ChainMap, namedtuple
c = Counter('aab'); d = defaultdict(int, x=1); o = OrderedDict(k=1)
def f(**kw): return kw
print(f(**c), {**c, **o}, dict(c), list(c.items()), sorted(c), len(d), 'x' in d)
print(copy.copy(c), copy.deepcopy(o), copy.copy(o), type(copy.copy(c)).__name__)
x = {}; x.update(c); print(x, {} | c, c | {}, type(c | {}).__name__ if not isinstance(c | {}, Counter) else 'C')
print("{a}-{b}".format_map(c), "%(zz)s" % d, "{x}".format(**d))
print(isinstance(c, dict), issubclass(Counter, dict), Counter.__mro__)
dd = defaultdict(list); dd.setdefault('a', []).append(1); print(dd, dd.pop('a'), dd.get('b'), dd)
print(sum(Counter(a=2, b=3).values()), max(c, key=c.get), c.keys(), c.values())
o2 = OrderedDict(); o2['b'] = 1; o2['a'] = 2; print(list(o2.items()), list(o2.keys()))
c['a'] += 5; c.pop('b'); print(c, c.setdefault('q', 9), c)
print(str(c), f"{c}", f"{o!r}", [c])
P = namedtuple('P', 'a b'); p = P(1, [2]); print(copy.deepcopy(p), copy.copy(p), tuple(p), list(p), p * 2, p[::-1], dict(zip(p._fields, p)))
print(ChainMap({'a':1}) == {'a': 1}, dict(**ChainMap({'z': 1})))
class L(list): pass
class D(dict): pass
class T(tuple): pass
l = L([1, [2]]); l.tag = 't'; dd = D(a=[1]); t = T((1, [2]))
for v in (l, dd, t, defaultdict(list, a=[1]), Counter('ab')):
    w = copy.deepcopy(v); z = copy.copy(v)
    print(type(w).__name__, w, z, getattr(w, 'tag', None), w == v)
