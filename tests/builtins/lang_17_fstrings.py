# f-strings with format specs, conversions, nesting.
x = 3.14159
n = 1234567
name = "Ada"
print(f"{x:.1f} {x:.3f} {x:8.2f}| {x:<8.2f}| {x:^8.2f}| {x:+.2f} {-x:.2f}")
print(f"{name:>8}|{name:<8}|{name:^8}|{name:*^9}|{name:-<6}|{name:.2}")
print(f"{n:,} {n:_} {n:,.2f} {1234.5:,} {-n:,} {n:>12,}")
print(f"{x:08.3f} {-x:08.3f} {42:05d} {-42:05d} {42:+05d} {7:03}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {[1, 'a']!r}")
w, p = 10, 3
print(f"[{x:{w}.{p}f}] [{name:>{w}}] [{n:{w},}]")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {5:b} {5:#010b} {255:08x}")
print(f"{0.5:%} {0.125:.1%} {1/3:.2%} {12345.678:e} {12345.678:.2E} {0.00001234:g} {1e20:g} {123.0:g}")
print(f"{1e-7} {1e16} {1.5e300 * 1e10} {123456789.0:.3g} {0.1 + 0.2}")
print(f"{'a' + 'b'} {1 + 2} {[i for i in range(3)]} {len('abc')} {(lambda: 5)()}")
print(f"{{literal braces}} {{{x:.0f}}}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{x=} {n = } {x=:.2f} {name=!s}")
print(f"{True} {None} {True:>6} {3:>{2 + 2}}")
print(f"{'nested ' + f'{n:,}'}")
print(f"multi {name}"
      f" line {n}")
print(f"{3:{'>'}{5}}|{'x':{'^'}{5}}|")
print(f"{-0.0} {0.0:.2f} {-0.0:.1f} {float('inf'):.2f} {float('nan')} {-float('inf')}")
print(f"{12:c}" if False else "", f"{65:c}", f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f}")
print(f"{10:=+6} {-10:=6} {10:<+6}|")
print(f"{1000000:_d} {0xdeadbeef:_x} {1234.5678:,.2f} {-1234.5:010,.1f}")
print(f"{42!r:>6} {'s'!r:^7}")
print(f"{'tab':\t>5}" if False else "", f"{'q':\"<3}" if False else "")

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return format(self.v, spec)
    def __repr__(self):
        return "Money(...)"

m = Money(1234.5)
print(f"{m:usd} {m:.1f} {m!r} {m}")

# format() builtin and str.format
print(format(1234.5, ",.1f"), format(0.5, ".0%"), format("s", ">3"), format(7, "b"), format(3.0))
print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{k}".format(k=9), "{:>4}".format(1))
print("{0.v}".format(m), "{0[1]}".format([5, 6]), "{!r}".format("q"))

# int format errors
for spec in (".2d", "z", ",s"):
    try:
        format(5, spec)
    except ValueError as e:
        print("ValueError:", e)
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)

# Padding with unicode and zero
print(f"{'é':>3}|{'日本':<4}|{5:0>4}|{-5:0>4}")
# Floats default formatting
for v in (1.0, 0.1, 1/3, 2/3, 1e15, 1e16, 1.5e-5, 123456.789, 100.0, 1e100, 2.0 ** 0.5, 5e-324):
    print(v, f"{v}", f"{v:g}", f"{v:.3}", f"{v:e}")
# Big ints in f-strings
print(f"{2 ** 100:,}", f"{2 ** 64:x}", f"{-(10 ** 25):>30}")
