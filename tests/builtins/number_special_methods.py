# Arithmetic special methods of int, float and bool: NotImplemented for other operand types.
class F:
    def __radd__(self, o): return "Fradd"
    def __rmul__(self, o): return "Frmul"
print(1 + F(), 2 * F(), 2.5 + F(), True + F())
print((5).__add__(2), (5).__add__(2.5), (5).__radd__(2), (5).__sub__(7), (5).__rsub__(7), (True).__add__(True))
print((-17).__abs__(), (3).__neg__(), (3).__invert__(), (True).__and__(True), (True).__and__(3), int.__and__(True, True))
print((7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(-2), (7).__divmod__(2), (7).__rdivmod__(30), (2).__pow__(10), (2).__pow__(10, 7), (2).__rpow__(3))
print((1).__lshift__(3), (16).__rshift__(2), (6).__or__(1), (6).__xor__(3), (6).__rand__(3), (5).__bool__(), (0).__bool__())
print((1.5).__add__(1), (1.5).__radd__(True), (1.5).__mul__("a"), (2.0).__pow__(3), (7.5).__divmod__(2), (1.5).__neg__(), (-1.5).__abs__(), (0.0).__bool__())
try:
    int.__add__("a", 1)
except TypeError as e: print(e)
try:
    (1).__truediv__(0)
except ZeroDivisionError as e: print(e)
try:
    (1).__add__()
except TypeError as e: print(e)
try:
    1 + "a"
except TypeError as e: print(e)
try:
    2.5 * "a"
except TypeError as e: print(e)
print(hasattr(1, "__add__"), int.__add__(3, 4), float.__sub__(3.0, 1))
for f in [lambda: (1).__pow__(), lambda: (1).__pow__(1,2,3), lambda: (1).__neg__(1), lambda: (1).__add__(1,2), lambda: int.__add__(), lambda: (1.0).__divmod__(), lambda: float.__add__(1, 2), lambda: bool.__and__(1, 2)]:
    try: f()
    except TypeError as e: print(e)
print((2).__pow__(3, 5), (2).__pow__(3, 5.0), (2.0).__pow__(2), (True).__or__(False), (True).__xor__(2), (False).__rand__(True), (3).__rpow__(2, 5))
try: (2.0).__pow__(2, 3)
except TypeError as e: print(e)
class Frac:
    def __init__(self, n): self.n = n
    def __radd__(self, o): return ("radd", o)
    def __rsub__(self, o): return ("rsub", o)
    def __rpow__(self, o): return ("rpow", o)
    def __rtruediv__(self, o): return ("rdiv", o)
    def __rand__(self, o): return ("rand", o)
print(1 + Frac(1), 2.5 - Frac(1), 2 ** Frac(1), True / Frac(1), 5 & Frac(1), True & Frac(2))
x = 5; x += Frac(0); print(x)
print(divmod(7, 2), divmod(7.5, 2), pow(2, 10, 1000), abs(-3), abs(-2.5))
