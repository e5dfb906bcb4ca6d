# math's integer functions: isqrt, factorial, gcd, lcm, comb, perm and prod, with big ints,
# bools, objects with __index__ and the errors CPython raises.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Seven:
    def __index__(self):
        return 7

    def __repr__(self):
        return "Seven()"

class BadIndex:
    def __index__(self):
        return 2.5

    def __repr__(self):
        return "BadIndex()"

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**40 + 1, 2**127 - 1, 2**200, True, Seven()]:
    show(f"isqrt({n!r})", lambda: math.isqrt(n))
for n in [-1, -10**30, 4.0, "9", None, BadIndex()]:
    show(f"isqrt({n!r})", lambda: math.isqrt(n))
for n in range(0, 30, 3):
    r = math.isqrt(n * n * 1000003)
    print(n, r, r * r <= n * n * 1000003 < (r + 1) ** 2)

for n in [0, 1, 2, 5, 10, 20, 21, 25, 30, True, False, Seven()]:
    show(f"factorial({n!r})", lambda: math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7), str(math.factorial(100))[:30])
print(math.factorial(300) == math.prod(range(1, 301)))
for n in [-1, -10**30, 10**30, 5.0, 5.5, "5", None]:
    show(f"factorial({n!r})", lambda: math.factorial(n))

for args in [(), (0,), (-12,), (12, 18), (-12, 18), (12, -18), (0, 0), (0, 5), (7, 0), (17, 31),
             (2**100, 2**60 * 3), (10**30, 10**20 * 7), (12, 18, 27), (1, 10**50), (True, 4),
             (Seven(), 21), (48, 180, 300, 450), (2**64, 2**63)]:
    show(f"gcd{args!r}", lambda: math.gcd(*args))
    show(f"lcm{args!r}", lambda: math.lcm(*args))
for args in [(1.0,), (2, 3.0), ("a",), (2, None), (0, 1.5), (1, 1.5), (BadIndex(),)]:
    show(f"gcd{args!r}", lambda: math.gcd(*args))
    show(f"lcm{args!r}", lambda: math.lcm(*args))
show("gcd(a=1)", lambda: math.gcd(a=1))

for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (10**20, 3),
             (10**30, 10**30 - 2), (True, True), (Seven(), 3), (60, 30), (1000, 500)]:
    show(f"comb({n!r}, {k!r})", lambda: math.comb(n, k))
    show(f"perm({n!r}, {k!r})", lambda: math.perm(n, k))
for n in [0, 1, 5, 10, True]:
    show(f"perm({n!r})", lambda: math.perm(n))
    show(f"perm({n!r}, None)", lambda: math.perm(n, None))
for n, k in [(-1, 2), (5, -1), (-1, -1), (5.0, 2), (5, 2.0), ("5", 2), (10**30, 10**25),
             (5, 10**30), (None, 1)]:
    show(f"comb({n!r}, {k!r})", lambda: math.comb(n, k))
    show(f"perm({n!r}, {k!r})", lambda: math.perm(n, k))
show("perm(-3)", lambda: math.perm(-3))
show("perm(3.0)", lambda: math.perm(3.0))
print(sum(math.comb(20, k) for k in range(21)) == 2**20)
print([math.comb(7, k) for k in range(8)], [math.perm(5, k) for k in range(7)])

for args, kw in [(([],), {}), (([2, 3, 4],), {}), ((range(1, 11),), {}), (([1.5, 2],), {}),
                 (([2, 3],), {"start": 10}), (([],), {"start": 2.5}), (([2, 2.5],), {"start": 2}),
                 ((["ab", 3],), {}), (([3, "ab"],), {}), (([[1], 2],), {}), (([True, True],), {}),
                 (([10**20, 10**20],), {}), (([1e308, 10],), {}), (([1, 2],), {"start": "x"}),
                 (([2, None],), {}), ((5,), {}), (([1], 2), {}), ((), {}), (([1],), {"stat": 3}),
                 ((), {"iterable": [1]}), (([1], 2, 3), {}), (([1],), {"iterable": 1}),
                 (([0.1] * 3,), {})]:
    show(f"prod(*{args!r}, **{kw!r})", lambda: math.prod(*args, **kw))
print(math.prod((x for x in [3, 5]), start=-1), math.prod(iter([2.5, 4])))
