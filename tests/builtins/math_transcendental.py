# exp, logarithms, powers, trigonometric and hyperbolic functions. Results that come from the
# platform's libm are printed to 12 significant digits (the last bit may differ between C
# libraries); special values, exact cases and errors are printed in full.
import math

def show(label, f):
    try:
        r = f()
        print(label, f"{r:.12g}" if isinstance(r, float) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

def exact(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf, nan = math.inf, math.nan
for name in ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
             "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt"]:
    f = getattr(math, name)
    for x in [0, -0.0, 0.5, -0.5, 1, -1, 2, 10, -10, 100, 710, -750, 1e-10, 1e300, inf, -inf, nan, True, 10**20]:
        show(f"{name}({x!r})", lambda: f(x))

for x in [1, 2, 8, 1024, 2**100, 2**1000, 2**2000, 10**400, 3**5000, True]:
    exact(f"log2({x!r})", lambda: math.log2(x))
for x in [1, 10, 1000, 10**22, 10**400, 10**1000]:
    exact(f"log10({x!r})", lambda: math.log10(x))
for x in [0, -1, -10**400, False, 0.0, -0.0, -inf]:
    exact(f"log({x!r})", lambda: math.log(x))
    exact(f"log2({x!r})", lambda: math.log2(x))
    exact(f"log10({x!r})", lambda: math.log10(x))
for x, b in [(8, 2), (100, 10), (1, 10), (10**400, 10), (2**3000, 2**1000), (9, 3.0), (5, 1),
             (5, 0), (0, 5), (5, -2), (inf, 2), (2, inf), (nan, 2), (-1, "a"), ("a", 2), (2, "a")]:
    show(f"log({x!r}, {b!r})", lambda: math.log(x, b))
show("log(10**400)", lambda: math.log(10**400))
show("log(3**5000)", lambda: math.log(3**5000))
exact("exp(0)", lambda: math.exp(0))
exact("exp2(10)", lambda: math.exp2(10))
exact("exp2(-1074)", lambda: math.exp2(-1074))
exact("exp2(1024)", lambda: math.exp2(1024))
exact("log1p(-1)", lambda: math.log1p(-1))
exact("log1p(-2)", lambda: math.log1p(-2))
exact("exp(10**400)", lambda: math.exp(10**400))

for x, y in [(2, 10), (2, 0.5), (2, -1), (-2, 3), (-2, 0.5), (0, 0), (0, -1), (-0.0, -1), (-0.0, -2),
             (0, 2), (10, 400), (10, -400), (1, inf), (1, nan), (nan, 0), (nan, 1), (inf, 2), (inf, -1),
             (-inf, 3), (-inf, 2), (-inf, -3), (-inf, -2), (-inf, 0), (0.5, inf), (0.5, -inf), (2, inf),
             (2, -inf), (-1, inf), (-1, -inf), (4, 0.5), (9, 1.5), (2**60, 2), (True, 5), (-8, 1/3)]:
    exact(f"pow({x!r}, {y!r})", lambda: math.pow(x, y))

for y, x in [(0, 1), (0, -1), (-0.0, -1), (-0.0, 1), (1, 0), (-1, 0), (inf, inf), (inf, -inf),
             (-inf, inf), (-inf, -inf), (inf, 1), (-inf, 1), (1, inf), (1, -inf), (-1, -inf),
             (nan, 1), (1, nan), (0, 0), (-0.0, -0.0), (0.0, -0.0)]:
    exact(f"atan2({y!r}, {x!r})", lambda: math.atan2(y, x))
for y, x in [(1, 1), (1, 2), (-3, 4)]:
    show(f"atan2({y!r}, {x!r})", lambda: math.atan2(y, x))

exact("sin(0)", lambda: math.sin(0))
exact("cos(0)", lambda: math.cos(0))
exact("tan(-0.0)", lambda: math.tan(-0.0))
exact("asin(1)", lambda: math.asin(1))
exact("acos(-1)", lambda: math.acos(-1))
exact("atan(inf)", lambda: math.atan(inf))
exact("acos(1)", lambda: math.acos(1))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.tan(math.pi / 4), 12))
print(round(math.degrees(math.atan2(1, 1)), 9), round(math.hypot(math.sin(1), math.cos(1)), 15))
