# Set operations follow CPython's setobject.c algorithms, so results iterate in CPython's order;
# constant set displays share module-wide frozenset constants; __eq__ keys work throughout.
vals = [0, 7, 8, 15, 16, 23, 31, 32, 64, 65, 1000, -1, -2, 3, 11, 19, 27, 35, 43, 51]
sets = [set(vals[i::k]) for k in (2, 3, 5) for i in range(k)]
sets.append(set())
sets.append(set(range(0, 100, 9)))
for a, b in [(p, q) for p in sets[:6] for q in sets[:6]]:
    print(a | b, a & b, a - b, b - a, a ^ b)
    print(a.union(b, [5, 6, 13]), a.intersection(b, vals), a.difference(b, [7]), a.symmetric_difference(list(b)))
    c = set(a); c |= b; print(c)
    c = set(a); c &= b; print(c)
    c = set(a); c -= b; print(c)
    c = set(a); c ^= b; print(c)
    c = set(a); c.update(b, [99, 100, 8], {5: 1, 77: 2}); print(c)
    c = set(a); c.intersection_update(b); print(c)
    c = set(a); c.difference_update(list(b)); print(c)
    c = set(a); c.symmetric_difference_update(list(b)); print(c)
    c = set(a); c.symmetric_difference_update(dict.fromkeys(b)); print(c)
    print(a <= b, a < b, a >= b, a > b, a == b, a != b, a.isdisjoint(b), a.issubset(list(b)), a.issuperset(list(b)))
    print(frozenset(a) | b, b | frozenset(a), a.difference(dict.fromkeys(b)))
big = set(range(100))
small = {3, 50, 1000}
print(big - small, small - big, small & big, big & small, big ^ small)
x = set(range(40)); x -= {1}; x -= set(range(200)); print(x)
y = set(range(40)); y.difference_update(range(100)); print(y)
z = set(range(0, 300, 3)); z.difference_update({3}, range(0, 300, 7)); print(z)
s = set(range(20)); s.add(1000); s.discard(5); s2 = s.copy(); print(s2, set(s2), frozenset(s2), s2.pop(), s2)
e = set(); e.update(range(10)); print(e)
print({1, 2, 3} | {100, 200}, {7, 15, 23} - {7}, {7, 15}, {15, 7}, {15, 7, 23})
print({-1, -2, 3}, {(1, -2), (3,), -0.5}, {True, 1, 1.0}, {1.0, True, 1})
a = {1,2,3}; print(a | a, a & a, a - a, a ^ a)
a |= a; print(a); a &= a; print(a); b = set(a); b ^= b; print(b); b = set(a); b -= b; print(b)
print({1} in {frozenset({1})}, {frozenset({1}): 2}.get(frozenset({1})))
s = {frozenset({1})}; s.discard({1}); print(s)
print(set("abc") == {"a", "b", "c"}, {1, 2} == {2, 1}, {(1, 2)} == {(1, 2)}, {frozenset({1, 2})} == {frozenset({2, 1})})
print({1, 2, 3}, {3, 2, 1}, {1.0, 2, 3}, {True, 2, 3}, {7, 15, 23}, {15, 7, 23}, {23, 15, 7})
def f():
    return {15, 23, 7}, {0.0, 8, 16}, {-0.0, 8, 16}
print(f())
print({(1, 2), (2, 1), (0, 0), (3, 4)}, {(2, 1), (1, 2), (3, 4), (0, 0)}, {1, 1.0, True, 9, 17})
print({-7, -15, -23}, {~7, +15, 23})
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 4
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K{self.v}"
a = {K(1), K(5), K(9), K(2)}
b = {K(5), K(6), K(9)}
print(sorted(map(repr, a | b)), sorted(map(repr, a & b)), sorted(map(repr, a - b)), sorted(map(repr, a ^ b)))
print(K(5) in a, K(13) in a, len(a), a == {K(1), K(5), K(9), K(2)}, a <= a | b)
a.add(K(5)); a.discard(K(9)); print(len(a), K(9) in a)
c = set(a); c |= b; c -= {K(1)}; c ^= {K(2), K(7)}; c &= {K(5), K(6), K(7), K(100)}; print(sorted(map(repr, c)))
s = {K(1)}
class Bad:
    def __hash__(self): return 1
    def __eq__(self, o):
        s.add(K(100)); return False
s2 = {Bad()}
s |= s2
print(len(s) >= 2)
try:
    {[1]}
except TypeError as e: print(e)
try:
    {1} | [2]
except TypeError as e: print(e)
print({1,2}.union([3], (4,)), frozenset({1}).copy() is not None)
