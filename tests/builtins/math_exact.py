# math functions whose results are exact on every platform: roots, rounding, float
# representation, fsum, hypot/dist, remainder, isclose and the angle conversions.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf, nan = math.inf, math.nan
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.tau == 2 * math.pi)

for x in [0, 1, 2, 4, 9, 2.25, 1e-300, 1e300, 0.1, 10**20, True, -0.0, inf, 123456789]:
    show(f"sqrt({x!r})", lambda: math.sqrt(x))
for x in [-1, -1e-300, -inf, nan]:
    show(f"sqrt({x!r})", lambda: math.sqrt(x))

for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e-20, 7, -7, True, False, 2**70 + 0.0, 10**30, 0.49999999999999994]:
    show(f"floor({x!r})", lambda: math.floor(x))
    show(f"ceil({x!r})", lambda: math.ceil(x))
    show(f"trunc({x!r})", lambda: math.trunc(x))
for x in [inf, -inf, nan]:
    show(f"floor({x!r})", lambda: math.floor(x))
    show(f"ceil({x!r})", lambda: math.ceil(x))
    show(f"trunc({x!r})", lambda: math.trunc(x))
print(type(math.floor(2.5)).__name__, type(math.ceil(True)).__name__, type(math.trunc(False)).__name__)

for x in [3, -3, -2.5, -0.0, 0.0, -inf, nan, 10**20, True]:
    show(f"fabs({x!r})", lambda: math.fabs(x))

for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (1e300, 3e-300), (0.0, 1), (-0.0, 1),
             (1, inf), (-1, -inf), (inf, 1), (1, 0), (1, 0.0), (nan, 1), (1, nan), (10**20, 7), (2**60, 0.1)]:
    show(f"fmod({x!r}, {y!r})", lambda: math.fmod(x, y))
    show(f"remainder({x!r}, {y!r})", lambda: math.remainder(x, y))
for x, y in [(5, 2), (7, 2), (-5, 2), (-7, 2), (3, 2), (1, 2), (4.5, 1), (5.5, 1), (-4.5, 1), (2, 3),
             (6e-310, 4e-310), (1.5e308, 1e308), (inf, inf), (5, inf), (-5, -inf), (0.0, 2), (-0.0, 2)]:
    show(f"remainder({x!r}, {y!r})", lambda: math.remainder(x, y))

for x in [3.5, -3.5, 0.0, -0.0, 2, -2.0, 1e300, 1e-300, inf, -inf, nan, 0.1]:
    show(f"modf({x!r})", lambda: math.modf(x))
    show(f"frexp({x!r})", lambda: math.frexp(x))
for x in [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 10**20, True]:
    show(f"frexp({x!r})", lambda: math.frexp(x))

for x, i in [(1, 0), (0.5, 2), (3, -1), (1, 1023), (1, 1024), (1.5, -1074), (1, -1075), (1, -1074),
             (0.75, -1073), (-1, 10**30), (1, -10**30), (0.0, 10**30), (inf, -5), (nan, 3),
             (5e-324, 1074), (1.7976931348623157e308, -2098), (3, True), (-0.0, 7), (2**52 + 1.0, -1126)]:
    show(f"ldexp({x!r}, {i!r})", lambda: math.ldexp(x, i))

for x, y in [(1, -0.0), (-1, 0.0), (3, -inf), (-3, nan), (0.0, -1), (nan, -1), (inf, -2), (True, -1)]:
    show(f"copysign({x!r}, {y!r})", lambda: math.copysign(x, y))

for xs in [[], [1, 2, 3], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
           [1e308, 1e308, -1e308], [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100],
           [1e-16, 1, 1e16], [inf, 1, 2], [-inf, 3], [inf, -inf], [nan, 1], [inf, nan],
           [10**20, 0.5, -10**20], [True, True, 0.25], range(10), [x / 7 for x in range(20)],
           [1.7976931348623157e308, 1.7976931348623157e308], [-0.0, -0.0], [-0.0, 0.0],
           [0.3, 0.6, -0.9], [1e16, 1.0, 1e-16], [-2.0**53, -1.0, -2.0**-100]]:
    show(f"fsum({xs!r})", lambda: math.fsum(xs))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum(x / 7 for x in range(50)))

for args in [(), (3,), (-3,), (3, 4), (3, 4, 12), (1e300, 1e300), (1e-300, 1e-300),
             (5e-324, 5e-324), (5e-324, 1e-310), (inf, nan), (nan, 1), (nan, -inf), (0, 0, 0),
             (1, 1, 1, 1), (0.1, 0.2, 0.3, 0.4, 0.5), (1.5, 2.5, 3.5), (10**20, 1),
             (True, True), (7e-310, 3e-310), (1e200, 1e200, 1e200), (-0.0, 0.0),
             (2.0, 3.0, 6.0), (1.0, 1e-8), (123.456, 789.012), (1.7976931348623157e308, 1e308)]:
    show(f"hypot{args!r}", lambda: math.hypot(*args))

for p, q in [((0, 0), (3, 4)), ([1, 2, 3], [4, 6, 8]), ((1.5,), (-2.5,)), ((), ()),
             (range(3), (2, 1, 0)), ((inf, 1), (1, 1)), ((1e308, -1e308), (-1e308, 1e308)),
             ((0.1, 0.2), (0.3, 0.4)), ((1, 2), (1,)), ((nan, 1), (1, 2)), ((inf, 1), (inf, 2))]:
    show(f"dist({p!r}, {q!r})", lambda: math.dist(p, q))

for x in [0, 1, 90, 180, -45, 360, 1e300, 0.5, True, inf, nan]:
    show(f"degrees({x!r})", lambda: math.degrees(x))
    show(f"radians({x!r})", lambda: math.radians(x))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.degrees(math.tau / 4))

for a, b, kw in [(1, 1, {}), (1, 1 + 1e-10, {}), (1, 1 + 1e-8, {}), (1, 1.1, {"rel_tol": 0.1}),
                 (0, 1e-10, {}), (0, 1e-10, {"abs_tol": 1e-9}), (inf, inf, {}), (inf, -inf, {}),
                 (inf, 1e308, {"rel_tol": 1}), (nan, nan, {}), (1, 2, {"rel_tol": 0.5}),
                 (1, 2, {"rel_tol": 0.49}), (100, 101, {"abs_tol": 1}), (-1, 1, {"abs_tol": 2}),
                 (True, 1.0, {}), (1, 1, {"rel_tol": -1}), (1, 1, {"abs_tol": -0.0})]:
    show(f"isclose({a!r}, {b!r}, {kw})", lambda: math.isclose(a, b, **kw))
print(math.isclose(a=1, b=1.0), math.isclose(1, b=2, abs_tol=1))

for x in [0, 1.5, -1e308, inf, -inf, nan, 10**300, True]:
    print(x, math.isnan(x), math.isinf(x), math.isfinite(x))

for x, y in [(1, 2), (1, 0), (-1, -2), (0.0, 1), (0.0, -1), (-0.0, 1), (1.7976931348623157e308, inf),
             (inf, 0), (5e-324, 0), (-5e-324, 0), (nan, 1), (1, nan), (2, 2), (1.0, -inf)]:
    show(f"nextafter({x!r}, {y!r})", lambda: math.nextafter(x, y))
for x, y, steps in [(1, 2, 0), (1, 2, 3), (0.0, 1, 2), (0.0, -1, 2), (-5e-324, 1, 3), (1, -1, 2**64),
                    (1, 0, 10**30), (1e-323, -1e-323, 3), (1e-323, -1e-323, 5), (2, 1, 2**52),
                    (nan, 1, 3), (1, nan, 3), (1, 2, -1), (1, 2, None), (1, 2, True)]:
    show(f"nextafter({x!r}, {y!r}, steps={steps!r})", lambda: math.nextafter(x, y, steps=steps))
for x in [1, 0, -1, 2**52, 1e300, 5e-324, 1.7976931348623157e308, inf, -inf, nan, 0.1, -0.0]:
    show(f"ulp({x!r})", lambda: math.ulp(x))
