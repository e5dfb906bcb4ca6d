# Argument handling in math: arity and keyword errors worded as CPython's, conversions through
# __float__ and __index__, and the TypeErrors for values that are not numbers.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

names = ["sqrt", "isqrt", "floor", "ceil", "trunc", "fabs", "fmod", "modf", "copysign",
         "factorial", "gcd", "lcm", "comb", "perm", "prod", "fsum", "exp", "exp2", "expm1",
         "log", "log2", "log10", "log1p", "pow", "sin", "cos", "tan", "asin", "acos", "atan",
         "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "hypot", "dist",
         "degrees", "radians", "isclose", "isnan", "isinf", "isfinite", "ldexp", "frexp",
         "remainder", "nextafter", "ulp"]
for name in names:
    f = getattr(math, name)
    show(f"{name}()", lambda: f())
    show(f"{name}(1, 2, 3, 4)", lambda: f(1, 2, 3, 4))
    show(f"{name}(1, x=1)", lambda: f(1, x=1))
    show(f"{name}(x=1)", lambda: f(x=1))
    show(f"{name}('1')", lambda: f("1"))
    show(f"{name}(None)", lambda: f(None))
    print(name, f.__name__, type(f).__name__)

class Half:
    def __float__(self):
        return 0.5

    def __repr__(self):
        return "Half()"

class Nine:
    def __index__(self):
        return 9

    def __repr__(self):
        return "Nine()"

class WrongFloat:
    def __float__(self):
        return 1

    def __repr__(self):
        return "WrongFloat()"

class Rounds:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"

    def __repr__(self):
        return "Rounds()"

for x in [Half(), Nine(), WrongFloat(), Rounds(), [1], (1,), {}, "2.0", None]:
    for name in ["sqrt", "floor", "ceil", "trunc", "fabs", "isnan", "frexp", "modf", "log", "exp"]:
        show(f"{name}({x!r})", lambda: getattr(math, name)(x))
for args in [(Half(), 2), (2, Half()), (Nine(), Nine()), ("a", 1), (1, "a"), (1, [2])]:
    for name in ["fmod", "pow", "atan2", "copysign", "remainder", "ldexp", "hypot", "isclose"]:
        show(f"{name}{args!r}", lambda: getattr(math, name)(*args))
show("hypot(3, Half(), Nine())", lambda: math.hypot(3, Half(), Nine()))
show("dist([Half()], [Nine()])", lambda: math.dist([Half()], [Nine()]))
show("dist(1, 2)", lambda: math.dist(1, 2))
show("dist([1], 2)", lambda: math.dist([1], 2))
show("dist([1], ['a'])", lambda: math.dist([1], ["a"]))
show("fsum(1)", lambda: math.fsum(1))
show("fsum([1, 'a'])", lambda: math.fsum([1, "a"]))
show("fsum([Half(), Nine()])", lambda: math.fsum([Half(), Nine()]))
show("fsum([1e308, 1e308])", lambda: math.fsum([1e308, 1e308]))
show("fsum([inf, -inf])", lambda: math.fsum([math.inf, -math.inf]))
show("ldexp(1.0, 2.0)", lambda: math.ldexp(1.0, 2.0))
show("ldexp(1.0, Nine())", lambda: math.ldexp(1.0, Nine()))
show("isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3))
show("isclose(1, 2, 3, 4, 5)", lambda: math.isclose(1, 2, 3, 4, 5))
show("isclose(1, 2, a=3)", lambda: math.isclose(1, 2, a=3))
show("isclose(1, 2, tol=3)", lambda: math.isclose(1, 2, tol=3))
show("isclose(1, 2, rel_tol='x')", lambda: math.isclose(1, 2, rel_tol="x"))
show("nextafter(1, 2, 3)", lambda: math.nextafter(1, 2, 3))
show("nextafter(1, y=2)", lambda: math.nextafter(1, y=2))
show("nextafter(1, 2, steps=1.5)", lambda: math.nextafter(1, 2, steps=1.5))
show("nextafter(1, 2, step=1)", lambda: math.nextafter(1, 2, step=1))
show("prod([1], iterable=2)", lambda: math.prod([1], iterable=2))
show("log(1, 2, 3)", lambda: math.log(1, 2, 3))
show("sqrt(10**400)", lambda: math.sqrt(10**400))
show("frexp(10**400)", lambda: math.frexp(10**400))
show("fabs(-10**400)", lambda: math.fabs(-10**400))
show("floor(10**400) == 10**400", lambda: math.floor(10**400) == 10**400)
show("trunc(-10**400) == -10**400", lambda: math.trunc(-10**400) == -10**400)
show("math.nosuch", lambda: math.nosuch)
print(math.__name__, sorted(n for n in ["pi", "e", "tau", "inf", "nan"] if hasattr(math, n)))
from math import sqrt, pi, floor as fl
print(sqrt(pi) ** 2 == pi, fl(-pi))
