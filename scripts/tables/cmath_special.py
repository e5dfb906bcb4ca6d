"""Print the special-value tables of Looplab's cmath (src/runtime/modules/cmath.rs) from CPython.

    PYENV_VERSION=3.12.1 python3.12 scripts/tables/cmath_special.py

For sqrt, exp, log and rect, the result for an argument with an infinite or NaN part depends
only on the class of each part: -inf, negative, -0.0, +0.0, positive, +inf, NaN (in that
order, as rows for the real part or `r` and columns for the imaginary part or `phi`). Each
entry is the result for a representative of the classes, or `None` where CPython raises
ValueError (math domain error). Entries with two finite parts are never read (`U`).
"""
import cmath
import math

CLASSES = [-math.inf, -2.0, -0.0, 0.0, 2.0, math.inf, math.nan]
CONSTANTS = {
    math.pi: "PI",
    -math.pi: "-PI",
    math.pi / 2: "FRAC_PI_2",
    -math.pi / 2: "-FRAC_PI_2",
    math.pi / 4: "FRAC_PI_4",
    -math.pi / 4: "-FRAC_PI_4",
    0.75 * math.pi: "3.0 * FRAC_PI_4",
    -0.75 * math.pi: "-3.0 * FRAC_PI_4",
}


def literal(x):
    if math.isnan(x):
        return "NAN"
    if math.isinf(x):
        return "INF" if x > 0 else "-INF"
    if x in CONSTANTS:
        return CONSTANTS[x]
    if x == 0:
        return "-0.0" if math.copysign(1, x) < 0 else "0.0"
    raise ValueError(f"unexpected table value {x!r}")


def main():
    for name, function in [("SQRT", cmath.sqrt), ("EXP", cmath.exp), ("LOG", cmath.log),
                           ("RECT", cmath.rect)]:
        print(f"const {name}: Table = [")
        for x in CLASSES:
            row = []
            for y in CLASSES:
                if math.isfinite(x) and math.isfinite(y):
                    row.append("U")
                    continue
                try:
                    z = function(x, y) if function is cmath.rect else function(complex(x, y))
                except ValueError:
                    row.append("None")
                    continue
                except OverflowError:
                    row.append("U")
                    continue
                row.append(f"Some(({literal(z.real)}, {literal(z.imag)}))")
            print("    [" + ", ".join(row) + "],")
        print("];")


main()
