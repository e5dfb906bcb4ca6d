# try/except/else/finally ordering and the exception hierarchy.
def attempt(action):
    log = []
    try:
        log.append("try")
        action()
        log.append("after action")
    except ValueError as e:
        log.append(f"ValueError {e}")
    except (TypeError, KeyError) as e:
        log.append(f"{type(e).__name__} {e}")
    except Exception as e:
        log.append(f"Exception {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(attempt(lambda: None))
print(attempt(lambda: int("x")))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: len(5)))
print(attempt(lambda: 1 / 0))
print(attempt(lambda: [][1]))

# Hierarchy
for exc in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, ModuleNotFoundError,
            UnboundLocalError, RecursionError, NotImplementedError, StopIteration,
            KeyboardInterrupt, GeneratorExit, SystemExit, TimeoutError, OverflowError):
    print(exc.__name__, [k.__name__ for k in exc.__mro__[1:]])

print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))

# Catch by base class
try:
    [1][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)

# Exception variable is deleted after except
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# e.args, str, repr
for e in (ValueError(), ValueError("one"), ValueError("one", 2), KeyError("k"), KeyError(),
          OSError(2, "No such file"), Exception(None), IndexError(("tuple",))):
    print(repr(e), "|", str(e), "|", e.args)

# Re-raise
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise

try:
    reraiser()
except ZeroDivisionError as e:
    print("outer got", e)

# raise class (not instance)
try:
    raise KeyError
except KeyError as e:
    print("class raised", repr(e), e.args)

# Raising non-exceptions
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)

# Bare raise with nothing active
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# except with a tuple built at runtime
errors = (ValueError, ZeroDivisionError)
try:
    1 // 0
except errors as e:
    print("tuple catch", type(e).__name__, e)

# Exceptions in else and finally
def else_raises():
    try:
        pass
    except ValueError:
        print("no")
    else:
        raise KeyError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except KeyError as e:
    print("KeyError", e)

def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    finally_raises()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))

# Nested try, inner finally then outer except
try:
    try:
        raise IndexError("deep")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer except", e)

# Exception objects are ordinary values
errs = [ValueError(i) for i in range(3)]
print([str(e) for e in errs], isinstance(errs[0], Exception))
e = RuntimeError("stored")
try:
    raise e
except RuntimeError as caught:
    print(caught is e)

# Common builtin error messages
checks = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: None(), lambda: 5[0],
    lambda: {}[[]], lambda: int("3.5"), lambda: float("abc"),
    lambda: (1, 2)[5], lambda: "abc"[10], lambda: undefined_name, lambda: 2 ** -1 % 0,
    lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 10 % 0, lambda: None.attr,
    lambda: int(None), lambda: len(None), lambda: iter(None), lambda: -"x",
    lambda: [1] * 1.5, lambda: chr(-1),
]
for check in checks:
    try:
        check()
    except Exception as e:
        print(type(e).__name__ + ":", e)
