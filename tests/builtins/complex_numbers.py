# complex: literals, constructor, arithmetic, comparisons, repr/format, hash, errors.
import json
import math


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as error:
        print(label, "!!", type(error).__name__, error)


# Literals and constants
z = 2 + 3j
print(z, type(z).__name__, isinstance(z, complex), type(z) is complex)
print(3j, 1.5e3J, 0j, -0j, -1j, +2j, 1e16j, 1e-5j)
print(repr(1j), str(1 - 1j), (1j).real, (1j).imag, z.real, z.imag, type(z.real).__name__)
print(z.conjugate(), (1 - 0j).conjugate(), complex.conjugate(1j))
print([1j, 2 + 0j], (1j,), {1j: "a"}, {2j})

# The constructor
print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3), complex(2.5, -1))
print(complex(real=1, imag=2), complex(imag=2), complex(real=-0.0), complex(1j, 1j))
print(complex(1 + 2j, 3 + 4j), complex(1 + 2j), complex(3, 4j), complex(10**20))
for text in ["1+2j", " (1+2j) ", "1e3j", "1.j", ".5j", "+j", "-j", "j", "1+j", "1-j",
             "inf", "-infinityJ", "NaN+nanj", "1_000+2_0j", "(3)", "  -1.5e-3-2E2j\n",
             "\u0661+2j", "1\u2003"]:
    attempt(f"complex({text!r})", lambda: complex(text))
for text in ["", "x", "1+", "1 + 2j", "1e", "1+2", "1+2jj", "(1+2j", "(1+2j))", "j1",
             "1__0", "_1", "1_", "1_0_j", "\x00", "()", "1+2j+3j"]:
    attempt(f"complex({text!r})", lambda: complex(text))
attempt("complex('1', 2)", lambda: complex("1", 2))
attempt("complex(1, 'a')", lambda: complex(1, "a"))
attempt("complex(None)", lambda: complex(None))
attempt("complex(1, None)", lambda: complex(1, None))
attempt("complex([])", lambda: complex([]))
attempt("complex(b'1')", lambda: complex(b"1"))
attempt("complex(1, 2, 3)", lambda: complex(1, 2, 3))
attempt("complex(10**400)", lambda: complex(10**400))


class HasComplex:
    def __complex__(self):
        return 4 - 5j


class BadComplex:
    def __complex__(self):
        return 4.0


class HasFloat:
    def __float__(self):
        return 2.5


class HasIndex:
    def __index__(self):
        return 7


print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()), complex(HasFloat(), HasIndex()))
attempt("complex(BadComplex())", lambda: complex(BadComplex()))

# Arithmetic with ints, floats and complex on either side
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** b)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 * a, a / 0.5, 0.5 / a, a - 0.25, 0.25 - a)
print(-a, +a, abs(3 + 4j), abs(-2j), abs(complex(float("inf"), 1)), abs(0j))
print(1j ** 2, (1 + 1j) ** 3, 1j ** -2, (2 + 0j) ** 0.5, 2 ** 1j, 1j ** 1j, (1 + 2j) ** 0)
print(1j ** 1000, (1 + 1j) ** 0.5, (-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, 0j ** 0)
print(pow(1j, 2), pow(2, 1j), (3 + 4j) ** -1, (1e-3 + 2j) ** 101)
print(sum([1j, 2, 3.5, 4 + 1j]), sum([1j, 1j], 1j), sum([0.5, 1j]))
x = 1 + 1j
x += 1
x *= 2j
x -= 0.5
x /= 2
x **= 2
print(x)
print(1e308 * (1 + 1j) * 10, (1e308 + 1e308j) * 2)
attempt("1j / 0", lambda: 1j / 0)
attempt("1j / 0j", lambda: 1j / 0j)
attempt("1 / 0j", lambda: 1 / 0j)
attempt("0j ** -1", lambda: 0j ** -1)
attempt("0j ** 1j", lambda: 0j ** 1j)
attempt("0 ** -1j", lambda: 0 ** (-1j))
attempt("(1e200 + 1e200j) ** 2", lambda: (1e200 + 1e200j) ** 2)
attempt("(10 + 10j) ** 1000.5", lambda: (10 + 10j) ** 1000.5)
attempt("abs(1e308 + 1e308j)", lambda: abs(1e308 + 1e308j))
attempt("1j // 2", lambda: 1j // 2)
attempt("2 // 1j", lambda: 2 // 1j)
attempt("1j % 2", lambda: 1j % 2)
attempt("divmod(1j, 2)", lambda: divmod(1j, 2))
attempt("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
attempt("1j & 1", lambda: 1j & 1)
attempt("~1j", lambda: ~1j)
attempt("1j + 'a'", lambda: 1j + "a")
attempt("[] + 1j", lambda: [] + 1j)
attempt("'a' * 1j", lambda: "a" * 1j)
attempt("1j + 10**400", lambda: 1j + 10**400)
attempt("round(1j)", lambda: round(1j))
attempt("int(1j)", lambda: int(1j))
attempt("float(1j)", lambda: float(1j))
attempt("math.sqrt(1j)", lambda: math.sqrt(1j))
attempt("math.floor(2+0j)", lambda: math.floor(2 + 0j))

# Dunder methods and reflected operations
print((1j).__add__(2), (1j).__radd__(2), (1j).__rsub__(2), (1j).__rtruediv__(2), (1j).__rpow__(2))
print((1j).__add__("a"), (1.5).__add__(1j), (2).__mul__(1j), complex.__abs__(3 + 4j))
print((1j).__complex__(), (1 + 2j).__getnewargs__(), (1j).__bool__(), (0j).__bool__())
attempt("(1j).__pow__(2, 3)", lambda: (1j).__pow__(2, 3))


class Meters:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        return f"radd({other!r})"

    def __rmul__(self, other):
        return f"rmul({other!r})"


print(1j + Meters(1), (2 + 1j) * Meters(2))

# Comparisons
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1j, 1j != 1, 2j == 2, 1j == "1j")
print(True == 1 + 0j, 0j == False, complex(2**53 + 1, 0) == 2**53 + 1, 1j in [1, 1j], 1 + 0j in {1})
print(complex(float("nan"), 0) == complex(float("nan"), 0), 1j != 1j)
attempt("1j < 2j", lambda: 1j < 2j)
attempt("1j < 2", lambda: 1j < 2)
attempt("2.0 >= 1j", lambda: 2.0 >= 1j)
attempt("sorted([1j, 2j])", lambda: sorted([1j, 2j]))
attempt("max(1j, 2j)", lambda: max(1j, 2j))

# Truth, hash
print(bool(0j), bool(1j), bool(-0.0 + 0j), bool(complex(0, -0.0)), not 1j)
print(hash(1j), hash(1 + 2j), hash(-1j), hash(2.5 + 0j) == hash(2.5), hash(3 + 0j) == hash(3))
print(hash(complex(float("inf"), -float("inf"))), hash(1e300j), hash(complex(-1, 0)))
print({1: "int"}[1 + 0j], {1.5 + 0j: "c"}[1.5], len({1, 1.0, 1 + 0j, 2j, 2j}))

# repr and str
nan, inf = float("nan"), float("inf")
for value in [complex(1, nan), complex(1, -nan), complex(nan, 1), complex(nan, nan),
              complex(inf, -inf), complex(-0.0, -1), complex(0, -0.0), complex(-0.0, 0),
              complex(0.0, 0.0), 1e16j, 1e-5 + 1j, 1.5j, complex(1e16, 1e17), 0.1 + 0.2j,
              complex(-inf, 0), 123456789012345678j, complex(1, 1e-300)]:
    print(repr(value), str(value), f"{value}", "%s %r" % (value, value))

# format() and f-strings
z = 1.5 - 2.25j
print(f"{z:.2f}|{z:>20}|{z:<20}|{z:^20}|{z:*^24.3e}|{z:+}|{z: .3g}|{z:g}|{z:G}|{z:n}")
print(f"{z:E}|{z:F}|{z:#}|{z:#g}|{z:,}|{1234567.5+1j:,.1f}|{1234567+1j:_}|{z:z.1f}")
print(f"{2j:+}|{2j:.2}|{2j:10}|{-0.0-0j:.1f}|{complex(inf, nan):f}|{complex(inf, nan):F}")
print(format(1 + 2j), format(1 + 2j, ""), format(1 + 2j, "10"), format(1.5 + 2j, ".3"))
print(f"{0.1+0.2j!r:>20}|{0.1+0.2j!s}|{complex(1e20, 1e-20):.3}|{1e16+1j:g}")
for spec in ["d", "%", "s", "x", "=10", "010", "0<10", ",d", "z", "#x"]:
    attempt(f"format(1+2j, {spec!r})", lambda: format(1 + 2j, spec))

# json, math, misc
attempt("json.dumps(1j)", lambda: json.dumps(1j))
attempt("json.dumps([1, 2j])", lambda: json.dumps([1, 2j]))
print(math.isclose(abs(3 + 4j), 5.0), type(abs(1j)).__name__, complex.__name__, complex.__qualname__)
print(isinstance(1j, (int, float)), issubclass(complex, object), type(1j)(2))
print(repr(complex), str(type(3j)), callable(complex), complex(1j).real)
print(sorted([3 + 1j, 1 + 2j, 2 + 0j], key=abs), sorted([1j, 1, -1j], key=lambda c: (c.real, c.imag)))
print(list(map(complex, [1, 2.5, "3j"])), [c.imag for c in (1j, 2 + 3j)], dict.fromkeys([1j]))


# Subclasses
class Z(complex):
    def describe(self):
        return f"Z{self.real:g},{self.imag:g}"


class Loud(complex):
    def __repr__(self):
        return "Loud!"

    def __add__(self, other):
        return "Loud.__add__"


w = Z(1, 2)
print(w, repr(w), type(w).__name__, isinstance(w, complex), w.describe(), w.real, w.conjugate())
print(w + 1, 1 + w, w * w, -w, abs(Z(3, 4)), w == 1 + 2j, hash(w) == hash(1 + 2j), bool(Z()))
print(type(w + 1).__name__, f"{w:.1f}", Z("3+4j"), complex(w), type(complex(w)).__name__)
print(Loud(1), Loud(1) + 1, 1 + Loud(1), str(Loud(2)), [Loud(3)])
attempt("Z(1) < Z(2)", lambda: Z(1) < Z(2))
attempt("Z(1) // 2", lambda: Z(1) // 2)

# Read-only parts, percent formatting, match
z = 1 + 2j
attempt("z.real = 3", lambda: setattr(z, "real", 3))
attempt("z.conjugate = 3", lambda: setattr(z, "conjugate", 3))
attempt("z.foo", lambda: z.foo)
attempt("'%f' % z", lambda: "%f" % z)
attempt("'%d' % z", lambda: "%d" % z)
print("%s %r %a" % (z, z, z), "{:.3f} {!r} {}".format(z, z, z), ",".join(map(str, [1j, 2 + 3j])))
for value in [1 + 2j, 3j, -3j, 2.5]:
    match value:
        case 1 + 2j:
            print("matched 1+2j")
        case -3j:
            print("matched -3j")
        case 3j:
            print("matched 3j")
        case _:
            print("no match", value)
