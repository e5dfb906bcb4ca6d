# Iteration order of sets of ints (deterministic in CPython): literals, set(), add, operators.
print({22, 35, 62}, {54, 46, 36}, {21, 29, 13, 5}, {63, 0, 10, 58, 35, 52, 10})
print({85, 92, 78}, {10, 20, 30, 40}, {1, 2, 3}, {100, 200, 300, 400, 500})
print(set([22, 35, 62]), set([63, 0, 10, 58, 35, 52]), set(range(20, 0, -3)))
s = set()
for v in (40, 8, 16, 24, 32, 1, 9, 17):
    s.add(v)
print(s)
s.discard(8)
s.add(72)
print(s, sorted(s))
x = set([3, 48])
y = set([4, 3, 28, 54])
print(x | y, y | x, x & y, x - y, y - x, x ^ y, y ^ x)
a = set([0, 18, 56, 47, 20])
b = set([26, 7, 25])
print(a | b, a ^ b, b | a)
c = {1, 2, 3}
c |= {33, 100}
print(c)
d = {1, 2, 3}
d.add(33)
d.add(100)
print(d)
e = set(range(0, 200, 7))
for i in range(0, 200, 14):
    e.discard(i)
e |= {1000, 3, 64, 128}
print(e)
print({n * n for n in range(12)}, {n % 7 for n in range(30)}, set(n * 37 % 101 for n in range(20)))
print({(1, 2), (2, 1), (0, 0), (3, 4)}, {1.5, 2.25, -0.5, 3.0})
print(frozenset([32, 1, 64]), {frozenset([1, 2]), frozenset([3])})
scores = {"ann": 91, "bob": 78, "cy": 85}
print(set(scores.values()) if hasattr(scores, "values") else {91, 78, 85}, {v for v in (91, 78, 85, 91)})
