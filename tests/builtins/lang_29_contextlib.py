# contextlib: contextmanager, nullcontext, suppress, closing, ExitStack, decorators.
import contextlib
from contextlib import contextmanager, suppress, nullcontext, closing

@contextmanager
def opened(name):
    print("open", name)
    yield f"<{name}>"
    print("close", name)

with opened("f1") as h:
    print("using", h)

with nullcontext(5) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext default", v)

with suppress(ZeroDivisionError, KeyError):
    print("before error")
    1 / 0
    print("not reached")
print("after suppress")
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)

class Connection:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Connection("db")) as conn:
    print("using", conn.name)

@contextmanager
def indent(log, level):
    log.append(f"{'  ' * level}start {level}")
    try:
        yield level + 1
    finally:
        log.append(f"{'  ' * level}end {level}")

log = []
with indent(log, 0) as a:
    with indent(log, a) as b:
        with indent(log, b):
            log.append("      body")
for line in log:
    print(line)

# Exceptions thrown into the generator
@contextmanager
def handler(name):
    try:
        yield
    except ValueError as e:
        print(name, "handled", e)
    except KeyError as e:
        print(name, "translating", repr(e))
        raise LookupError("translated") from e

with handler("h1"):
    raise ValueError("v")
try:
    with handler("h2"):
        raise KeyError("k")
except LookupError as e:
    print("caught", e, "cause", repr(e.__cause__))
try:
    with handler("h3"):
        raise TypeError("t")
except TypeError as e:
    print("passed through", e)

# contextmanager is reusable per call but not per object
cm = opened("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)

# Generator that yields twice
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# A contextmanager used as a decorator
@contextmanager
def announced(label):
    print(f"{label} starting")
    try:
        yield
    finally:
        print(f"{label} finished")

@announced("decorated")
def job(x):
    print("job running", x)
    return x * 2
print(job(21))

# ExitStack
from contextlib import ExitStack
with ExitStack() as stack:
    for n in ("a", "b"):
        print("entered", stack.enter_context(opened(n)))
    stack.callback(print, "callback ran")
    print("stack body")
