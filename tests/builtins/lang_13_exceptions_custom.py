# Custom exceptions with attributes, raise ... from ..., __cause__/__context__.
class AppError(Exception):
    """Base error of the app."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

class HttpError(AppError):
    def __init__(self, status, reason="unknown"):
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"HTTP {self.status} ({self.reason})"

try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, "|", e, "|", e.field, e.message, "|", e.args, "|", repr(e))

try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(e, "|", e.args, "|", repr(e), "|", e.status)

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr(1)), str(WithRepr(1, 2)))

# Exception with no message
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()) == "", Empty.__doc__, AppError.__doc__)

# raise from
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e

try:
    load("b")
except AppError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("suppress_context:", e.__suppress_context__)

# raise from None
try:
    try:
        int("x")
    except ValueError:
        raise AppError("bad int") from None
except AppError as e:
    print("from None:", e.__cause__, repr(e.__context__), e.__suppress_context__)

# Implicit chaining
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print("implicit:", repr(e.__context__), e.__cause__)

# Chain walk
def chain(e):
    out = []
    while e is not None:
        out.append(type(e).__name__)
        e = e.__cause__ or e.__context__
    return out

try:
    try:
        try:
            raise KeyError("a")
        except KeyError as e1:
            raise ValueError("b") from e1
    except ValueError:
        raise TypeError("c")
except TypeError as e:
    print("chain:", chain(e))

# __context__ is not set to itself when re-raising
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self context:", e.__context__)

# raise from non-exception
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)

# Exception attributes can be set later
e = AppError("late")
e.code = 7
print(e.code, e.args)

# with_traceback returns self; __traceback__ is set when raised
e = ValueError("tb")
print(e.__traceback__ is None, e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None)

# Custom hierarchy catch ordering
class A(Exception): pass
class B(A): pass
class C(B): pass
for cls in (A, B, C):
    try:
        raise cls()
    except C:
        print(cls.__name__, "-> C handler")
    except B:
        print(cls.__name__, "-> B handler")
    except A:
        print(cls.__name__, "-> A handler")

# Exception with kwargs-only init and args
class Coded(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
try:
    raise Coded("boom", code=3)
except Coded as e:
    print(e, e.code, e.args)

# Overriding args
class Args(Exception):
    pass
x = Args("a", "b")
x.args = ("changed",)
print(str(x), repr(x))

# add_note (3.11+)
try:
    err = ValueError("noted")
    err.add_note("first note")
    err.add_note("second note")
    raise err
except ValueError as e:
    print(e, e.__notes__)

# Exceptions compare by identity
print(ValueError("a") == ValueError("a"))

# BaseException subclasses escape `except Exception`
class Stop(BaseException):
    pass
try:
    try:
        raise Stop("halt")
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", repr(e))
