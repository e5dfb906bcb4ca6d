# cmath: sqrt, exp, log, phase, polar, rect, isclose, constants; special values and errors.
import cmath
import math


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as error:
        print(label, "!!", type(error).__name__, error)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.pi == math.pi, type(cmath.infj).__name__)

values = [0j, -0.0 + 0j, complex(0, -0.0), 1, -1, 2.5, -4, 1j, -1j, 3 + 4j, -3 - 4j, 0.5 - 0.25j,
          1e-320 + 1e-320j, 1e300 + 1e300j, 1e308 + 1e308j, 0.8 + 0.6j, 1.2 - 0.3j, -1e-10 + 2j,
          700 + 1j, 710 - 2j, -750 + 3j, complex(1, 1e300)]
for z in values:
    print("sqrt", z, cmath.sqrt(z))
    attempt(f"exp {z}", lambda: cmath.exp(z))
    attempt(f"log {z}", lambda: cmath.log(z))
    attempt(f"log {z} base 2", lambda: cmath.log(z, 2))
    print("phase", z, cmath.phase(z))
    attempt(f"polar {z}", lambda: cmath.polar(z))

inf, nan = math.inf, math.nan
classes = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for x in classes:
    for y in classes:
        if math.isfinite(x) and math.isfinite(y):
            continue
        z = complex(x, y)
        results = []
        for name in ["sqrt", "exp", "log", "phase", "polar", "isfinite", "isinf", "isnan"]:
            try:
                results.append(repr(getattr(cmath, name)(z)))
            except Exception as error:
                results.append(type(error).__name__)
        try:
            results.append(repr(cmath.rect(x, y)))
        except Exception as error:
            results.append(type(error).__name__)
        print(z, " ".join(results))

for r, phi in [(1, 0), (2, math.pi / 2), (1, math.pi), (3, -0.0), (-1, 0.5), (0, 1), (1e308, 1)]:
    print("rect", r, phi, cmath.rect(r, phi))
print(cmath.polar(cmath.rect(2, 0.5)), cmath.exp(cmath.log(3 + 4j)), cmath.sqrt(-1) ** 2)

print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(a=1, b=1.0))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, inf)), cmath.isnan(complex(nan, 1)))


class C:
    def __complex__(self):
        return 2j


class F:
    def __float__(self):
        return 4.0


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(C()), cmath.log(100, 10), cmath.log(8, 2 + 0j))
attempt("cmath.sqrt('x')", lambda: cmath.sqrt("x"))
attempt("cmath.sqrt()", lambda: cmath.sqrt())
attempt("cmath.sqrt(1, 2)", lambda: cmath.sqrt(1, 2))
attempt("cmath.log(0)", lambda: cmath.log(0))
attempt("cmath.log(0, 2)", lambda: cmath.log(0, 2))
attempt("cmath.log(2, 1)", lambda: cmath.log(2, 1))
attempt("cmath.log(2, 'a')", lambda: cmath.log(2, "a"))
attempt("cmath.log(1, 2, 3)", lambda: cmath.log(1, 2, 3))
attempt("cmath.exp(1000)", lambda: cmath.exp(1000))
attempt("cmath.rect(1j, 0)", lambda: cmath.rect(1j, 0))
attempt("cmath.rect(1)", lambda: cmath.rect(1))
attempt("cmath.polar(1e308+1e308j)", lambda: cmath.polar(1e308 + 1e308j))
attempt("cmath.isclose(1, 1, rel_tol=-1)", lambda: cmath.isclose(1, 1, rel_tol=-1))
attempt("cmath.isclose(1)", lambda: cmath.isclose(1))
attempt("cmath.isclose(1, 2, 3)", lambda: cmath.isclose(1, 2, 3))
