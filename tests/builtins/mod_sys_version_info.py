import sys
v = sys.version_info
print(v, v >= (3, 11), v < (3, 13), v[:2], v.major, tuple(v), isinstance(v, tuple), v == (3, 12, 1, "final", 0), hash(v) == hash(tuple(v)), v.index(12), v.count(3), len(v))
a, b, *rest = v
print(a, b, rest, f"{v.major}.{v.minor}", (3, 8) <= v, max(v[:3]))
