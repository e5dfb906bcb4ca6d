# Raising an exception that the one being handled already leads to (through __context__)
# cuts that link instead of making a cycle, as CPython's _PyErr_SetObject does.
try:
    raise KeyError("first")
except KeyError as first:
    try:
        raise ValueError("second")
    except ValueError as second:
        try:
            raise first
        except KeyError as again:
            print(again is first, repr(again.__context__), repr(second.__context__))

# A chain that already is a cycle is walked without looping forever.
a, b = TypeError("a"), TypeError("b")
a.__context__, b.__context__ = b, a
try:
    raise a
except TypeError:
    try:
        raise RuntimeError("new")
    except RuntimeError as new:
        print(repr(new.__context__), repr(a.__context__), repr(b.__context__))
