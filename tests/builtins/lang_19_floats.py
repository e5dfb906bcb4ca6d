# Float reprs, arithmetic, special values, comparisons.
for v in (0.1, 0.2, 0.1 + 0.2, 1.1 * 3, 1 / 3, 2 / 3, 10 / 3, 1e22, 1e23, 1e-5, 0.0001,
          123456789.123456789, 1.0, -0.0, 100.0, 1e16, 9007199254740993.0, 2.5e-308,
          0.3 - 0.1, 3.0 * 1.1, 4.35 * 100, 1.15 * 100, 2 ** 0.5, 3.141592653589793, 1e308 * 10):
    print(repr(v), str(v))
print(float("1e500"), -float("1e500"), float("nan") == float("nan"), float("inf") > 1e308)
nan = float("nan")
print(nan != nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan], max(1.0, 2.0), min(-0.0, 0.0))
inf = float("inf")
print(inf - inf, inf * 0, inf + 1, -inf < 0, 1 / inf, inf // 1 if False else "", inf == inf)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, round(0.1 + 0.2, 10) == 0.3)
print(1.5 + 2, 3 * 0.5, 1 - 0.9, 2.0 ** 10, 10 ** -1, 1e3, 5e-1, float(1 << 60))
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.0 % -2, 5.5 % 1, -5.5 % 1, divmod(-5.5, 2))
print(int(2.9), int(-2.9), round(2.9), round(-2.9), round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-1.5), round(1e20))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print(float.fromhex("0x1.8p1") if False else "", (1.5).hex(), (0.1).hex(), (-2.0).hex())
print(float("  3.5  "), float("1_000.5"), float("-.5"), float("5."), float("Infinity"), float("-nan"))
for bad in ("", "1.2.3", "abc", "1e", "0x10"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(1e-320, 5e-324 / 2, 1.7976931348623157e308, 2.2250738585072014e-308)
print(sum([0.1] * 10), 0.1 * 10, 0.1 * 3, 1.0 - 0.7, 0.7 + 0.1, 0.8 - 0.1)
print(100 * 1.1, 3.3 / 1.1, 1e15 + 0.3, 123e-2, 1 / 7)
print(float(True), float(-0), -0.0 == 0.0, str(-0.0), 0.0 * -1, abs(-0.0), -(0.0))
print(int(1e15), int(1.9999999999999999), int(-0.9), float(12345678901234567890))
print(2 ** 0.5 * 2 ** 0.5, (2 ** 0.5) ** 2 == 2, 10 / 2 == 5, 9 ** 0.5, 27 ** (1 / 3), 4 ** -0.5)
print(hash(0.5), hash(1e300) == hash(1e300), hash(-1.0), hash(float("inf")), hash(2.0) == hash(2))
print(1.0 < 2, 2 <= 2.0, 3 == 3.0000000000000001, 10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16 + 1)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(round(float("inf"), 2), round(nan, 1))
try:
    1e308 ** 2
except OverflowError as e:
    print("OverflowError:", e)
print((-8.0) ** 2, (-2.0) ** 3, 0.0 ** 0, 2.0 ** -1, (-1.0) ** 0.5 if False else "")
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# Averages as in teaching code
grades = [88, 92.5, 79, 95]
avg = sum(grades) / len(grades)
print(avg, round(avg, 1), f"{avg:.2f}", int(avg), avg // 1)
print(sum(range(1, 11)) / 10, 22 / 7, 355 / 113, 1e6 / 3, 2 / 3 * 3, 7 / 3 * 3)
# Accumulated floats in a loop
t = 0.0
for _ in range(10):
    t += 0.1
print(t, t == 1.0, round(t, 2))
elapsed = 0.0
for d in (0.5, 0.25, 1.0, 0.1, 0.2):
    elapsed += d
print(elapsed, f"{elapsed:.3f}")
print(float.__name__, type(1.0) is float, isinstance(1, float), 1.0.real, 2.5.imag)
print(max(0.1, 0.10000000000000001), 0.1 == 0.10000000000000001, 1e-10, 1.23e-4, 0.000123)
