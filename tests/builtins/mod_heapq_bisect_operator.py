# heapq (sift order, __lt__ calls, merge, nlargest/nsmallest), bisect (lo/hi/key, insort) and
# operator (functions, getters, reprs, errors).
import heapq, bisect, operator
from operator import itemgetter, attrgetter, methodcaller
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
d = [9, 8, 7, 6, 5, 4, 3, 2, 1]; heapq.heapify(d); print(d)
print(heapq.heappushpop(d, 0), heapq.heapreplace(d, 10), d)
class T:
    n = 0
    def __init__(s, v, tag): s.v, s.tag = v, tag
    def __lt__(s, o): T.n += 1; return s.v < o.v
    def __repr__(s): return f'T({s.v},{s.tag})'
items = [T(v, i) for i, v in enumerate([3, 1, 3, 2, 1, 3, 2])]
h = []
for t in items: heapq.heappush(h, t)
print(h, T.n); print([heapq.heappop(h) for _ in range(7)], T.n)
print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]), heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(2, iter(items), key=lambda t: t.v), heapq.nlargest(2, iter(items), key=lambda t: t.v), heapq.nlargest(1, []), heapq.nsmallest(10, [3,1]))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge(['b', 'a'], ['c'], key=str.upper, reverse=True)))
print(list(heapq.merge([5, 3], [4, 1], reverse=True)))
for f in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)):
    try: f()
    except (IndexError, TypeError) as e: print(type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect(a, 2, 1, 3))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=itemgetter(1))); bisect.insort(recs, ('d', 4), key=itemgetter(1)); print(recs)
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(1, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(3), operator.pos(-2), operator.abs(-3), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1,2], 2), operator.countOf([1,2,1], 1), operator.indexOf('abc', 'c'), operator.getitem([1,2], 1), operator.concat([1], [2]))
l = [1,2,3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(32, 2), operator.index(7))
print(operator.length_hint([1,2]), operator.length_hint(object(), 5), operator.iadd([1], [2]), operator.call(max, 1, 5))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('a.b'), attrgetter('x', 'y'), methodcaller('f', 1, k=2), methodcaller('upper'))
print(itemgetter(2)('abc'), itemgetter(0, 2)('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b')('aa'))
class P:
    def __init__(s): s.x, s.y = 1, 2
class Q:
    def __init__(s): s.p = P()
print(attrgetter('p.x')(Q()), attrgetter('p.x', 'p.y')(Q()))
for f in (lambda: operator.indexOf([1], 2), lambda: operator.concat(1, 2), lambda: attrgetter(1), lambda: methodcaller(), lambda: operator.index(1.5), lambda: itemgetter()):
    try: f()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=itemgetter(1, 0)))
print(itemgetter('a')({'a': 1}), itemgetter(0, 0)([5]), attrgetter('real')(3), methodcaller('count', 'a')('banana'))
print(repr(itemgetter((1, 2))), repr(attrgetter('a', 'b.c')), repr(methodcaller('m', key='v')), repr(methodcaller('m', [1], {'a': 2})))
try: methodcaller(5)
except TypeError as e: print(e)
print(operator.truediv(1, 4), operator.floordiv(-7, 2), operator.mod(7.5, 2), operator.pow(2, -1))
for f in (lambda: operator.truediv(1, 0), lambda: operator.add(1, 'a'), lambda: operator.neg('a'), lambda: operator.getitem({}, 'x'), lambda: operator.countOf(1, 1), lambda: operator.indexOf(2, 1)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(operator.length_hint([], 3), operator.length_hint(5, 7))
class H:
    def __length_hint__(self): return 4
print(operator.length_hint(H()))
print(operator.not_(None), operator.truth(0.0), operator.contains('abc', 'b'), operator.indexOf([1, 2, 3], 3))
print(operator.ilshift(1, 3), operator.irshift(16, 2), operator.ixor(5, 1), operator.iand(6, 3), operator.imod(7, 4), operator.ifloordiv(9, 2), operator.itruediv(9, 2), operator.ipow(3, 2), operator.iconcat([1], [2]))
h = [(2, 'b'), (1, 'a'), (2, 'a'), (0, 'z')]
heapq.heapify(h); print(h, heapq.nsmallest(2, h), heapq.nlargest(2, h))
print(list(heapq.merge([1, 1, 2], [1, 3], key=lambda x: -x if False else x)), list(heapq.merge()), list(heapq.merge([], [1])))
a = ['apple', 'fig', 'banana']; a.sort(key=len)
print(bisect.bisect(a, 5, key=len), bisect.bisect_left(a, 3, key=len), bisect.bisect_right(a, 6, lo=1, hi=2, key=len))
bisect.insort_left(a, 'kiwi', key=len); print(a)
print(bisect.bisect_left([1, 2, 3], 2, 0, 10) if False else bisect.bisect_right([1, 2, 3], 5, 0, 2))
