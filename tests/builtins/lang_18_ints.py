# Integer arithmetic, big ints, floor division and modulo signs, bitwise, bool arithmetic.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 10 / 4, type(6 / 3).__name__)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % 2.5, -1 % 0.3)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 2, 2 ** -2, (-8) ** 2, -2 ** 2)
print(2 ** 64, 2 ** 100, -(2 ** 63), 10 ** 20 + 1, 3 ** 50)
print(2 ** 64 - 1 == 18446744073709551615, 10 ** 18 * 10 ** 18)
big = 123456789012345678901234567890
print(big + 1, big - big, big * big, big // 7, big % 7, -big // 7, -big % 7, big // -13, big % -13)
print(divmod(big, 97), divmod(-big, 97), big // big, big / 10 ** 29)
print(2 ** 200 // 3 ** 100, (2 ** 200) % (3 ** 50), 7 ** 77 % 1000)
print(int(1e20), int(-1e20), int(2.0 ** 70), float(2 ** 70), float(10 ** 25))
print(1 << 10, 1 << 100, 1024 >> 3, -1024 >> 3, -1 >> 100, (1 << 70) >> 68)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, ~-1, -6 & 0xFF, -1 & (2 ** 70 - 1) == 2 ** 70 - 1)
print((2 ** 70) & (2 ** 70 + 5), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70), -(2 ** 70) & 0xFFFF)
print(abs(-2 ** 80), -(-5), +5, int("-" + "1" * 25))
print(5 == 5.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53), 10 ** 30 > 1e29)
print(1 < 2.5, 3 > 2 ** 0.5, big > 1e29, big < float("inf"), -big > float("-inf"))
print(round(big, -25), round(-15, -1), round(25, -1), round(35, -1))

# Bool arithmetic
print(True + 1, True * 3, False * 10, True ** 2, True & False, True | False, True ^ True, ~False)
print(sum([True] * 5), True / True, 5 * (3 > 2), [10, 20][True], type(True + True).__name__)
print(True == 1, False == 0, True is not 1 if False else "", hash(True), isinstance(False, int))

# Integer conversions and bases
print(int("0x10", 16), int("10", 2), int("-0b11", 0), int("  +42  "), int("٣"), int(True))
for bad in ("", "1.0", "0x", "12a", "- 1"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)

# Division errors
for f in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(5, 0), lambda: 0 ** -1,
          lambda: 1.0 // 0, lambda: 2.5 % 0, lambda: big / 0, lambda: pow(2, -1, 4)):
    try:
        f()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))

# Augmented assignments
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x |= 1; x ^= 3; x &= 6; x >>= 1
print(x)
y = 7
y /= 2
print(y)

# int methods and attributes
print((255).bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length())
print((5).real, (5).imag, (7).numerator)
print((12).as_integer_ratio(), (3).conjugate(), (-17).__abs__(), (1).__add__(2), int.__name__)
print((2 ** 100).bit_count(), (0b1011).bit_count())

# Large exponent / factorial
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)), str(2 ** 1000)[:20], str(2 ** 1000)[-10:])
print(pow(7, 10 ** 6, 1000000007), pow(12345, 678, 10 ** 9 + 9))
print(-(2 ** 127) // 3, -(2 ** 127) % 3, (2 ** 127) // -3, 17 // -(2 ** 70), -17 % (2 ** 70))
