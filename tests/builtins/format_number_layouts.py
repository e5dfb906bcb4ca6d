# Numbers formatted every way a format spec can lay them out: widths, fills (one of them
# not ASCII), alignments, signs, zero padding, grouping, bases, precision, inf and nan.
values = [0, 7, -7, 1234567, -1234567, 10**20]
specs = ["", "d", "010", "+010", "=10", "<8", "^9", ">7", ",", "_", "012,", "*>12,", "0=+12_", "x", "#010x", "_x", "#_b", "o", "é^9", "08", "3"]
for v in values:
    print(v, [format(v, s) for s in specs])
floats = [0.0, -0.0, 3.14159, -2.5, 1e16, float("inf"), float("nan"), 123456.789]
fspecs = ["", ".2f", "8.2f", "010.3f", "+.1e", ",.2f", "_.3f", "015,.2f", "<10.1f", "^12g", "z.1f", "%", ".0%", "é>10.2f", "010"]
for v in floats:
    print(v, [format(v, s) for s in fspecs])
print(f"{42:>6} {2.5:8.2f} {3:02d} {'odd':<4}|")
