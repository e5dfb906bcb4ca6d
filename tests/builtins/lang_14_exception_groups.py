# ExceptionGroup and except*.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(str(eg), "|", repr(eg))
print(eg.message, len(eg.exceptions), [repr(e) for e in eg.exceptions])
print(isinstance(eg, Exception), type(eg).__name__, ExceptionGroup.__mro__[1].__name__)

try:
    raise eg
except* ValueError as g:
    print("ValueError part:", repr(g), [str(e) for e in g.exceptions])
except* TypeError as g:
    print("TypeError part:", repr(g))

# Unhandled remainder propagates
try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError("o")])
    except* KeyError as g:
        print("handled", repr(g.exceptions[0]))
except ExceptionGroup as rest:
    print("remainder:", repr(rest))

# Naked exception matched by except*
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", repr(g), type(g).__name__)

# Nested groups
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))

# split and subgroup
match, rest = nested.split(ValueError)
print("split:", repr(match), "|", repr(rest))
print("subgroup:", repr(nested.subgroup(TypeError)))
print("subgroup none:", nested.subgroup(KeyError))
print("split by predicate:", nested.split(lambda e: str(e) == "c"))

# BaseExceptionGroup with BaseExceptions
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])
print(type(beg).__name__, repr(beg))
eg2 = BaseExceptionGroup("only exc", [ValueError("x")])
print(type(eg2).__name__)

# Errors constructing groups
for args in (("msg", []), ("msg", [1]), (5, [ValueError()])):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# except* with else/finally
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("handled ValueError")
else:
    print("no else")
finally:
    print("finally")

try:
    pass
except* ValueError:
    print("no")
else:
    print("else runs")

# Raising in except* handler
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("raised in handler:", repr(e), "| inner context:", repr(e.exceptions[0].__context__))
except KeyError as e:
    print("bare KeyError", repr(e))

# Multiple matching clauses: each exception handled once
try:
    raise ExceptionGroup("g", [ValueError(1), ZeroDivisionError(2)])
except* ArithmeticError as g:
    print("arith", repr(g))
except* Exception as g:
    print("generic", repr(g))

# Derived exception group
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)
try:
    raise MyGroup("mine", [ValueError(1), TypeError(2)])
except* ValueError as g:
    print(type(g).__name__, repr(g))
except* TypeError as g:
    print(type(g).__name__, repr(g))

# except* tuple of types
try:
    raise ExceptionGroup("t", [KeyError(1), IndexError(2), ValueError(3)])
except* (KeyError, IndexError) as g:
    print("lookup:", repr(g))
except* ValueError as g:
    print("value:", repr(g))

# Gathering errors like TaskGroup does (manually)
def run_all(funcs):
    errors = []
    for f in funcs:
        try:
            f()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("run_all failed", errors)

try:
    run_all([lambda: 1, lambda: 1 / 0, lambda: int("z")])
except* ZeroDivisionError as g:
    print("zde count", len(g.exceptions))
except* ValueError as g:
    print("ve", g.exceptions[0])
