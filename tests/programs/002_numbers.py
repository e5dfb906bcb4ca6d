# Integer and float arithmetic: big integers that never overflow, floor
# division and modulo with negative numbers, divmod, round/abs, float repr,
# chained comparisons and formatting numbers with format specs.

print("2 ** 100 =", 2 ** 100)
print("factorial(25) =", end=" ")
product = 1
for n in range(1, 26):
    product *= n
print(product)
print("digits in 3 ** 200:", len(str(3 ** 200)))
print("big subtraction:", 10 ** 30 - 1)

print("17 // 5 =", 17 // 5, " 17 % 5 =", 17 % 5)
print("-17 // 5 =", -17 // 5, " -17 % 5 =", -17 % 5)
print("divmod(100, 7) =", divmod(100, 7))
print("7 / 2 =", 7 / 2, " 6 / 3 =", 6 / 3)
print("0.1 + 0.2 =", 0.1 + 0.2)
print("round(2.675, 2) =", round(2.675, 2), " round(2.5) =", round(2.5), " round(3.5) =", round(3.5))
print("abs(-42) =", abs(-42), " abs(-3.25) =", abs(-3.25))
print("int('123') + 1 =", int("123") + 1, " float('1.5') * 2 =", float("1.5") * 2)
print("1e-05 =", 1e-05, " 1e16 =", 1e16, " 2.0 ** 0.5 =", 2.0 ** 0.5)

temperature = 21.5
print("comfortable?", 18 <= temperature < 24)
print("chained equality:", 1 == 1.0 == True)
print("max/min:", max(3, 9, 4), min(3, 9, 4))

price = 1234567.891
print(f"{price:.1f} | {price:,.2f} | {price:>15,.0f} | {42:05d} | {0.256:.1%}")
print(f"{255:x} {255:o} {255:b} {-7:+d} {7:+d}")
