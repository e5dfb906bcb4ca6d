# __enter__/__exit__, contextlib.contextmanager, exception suppression.
from contextlib import contextmanager

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress

with Resource("a") as r:
    print("inside", r.name)

with Resource("outer"), Resource("inner") as inner:
    print("both", inner.name)

with Resource("quiet", suppress=True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with Resource("loud"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", repr(e))

def early_return():
    with Resource("ret"):
        return "returned"
print(early_return())

for i in range(2):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        break

# __exit__ raising replaces the exception
class Bad:
    def __enter__(self):
        return "bad value"
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Bad() as val:
        print("got", val)
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

# Missing protocol
class NoCM:
    pass
try:
    with NoCM():
        pass
except TypeError as e:
    print("TypeError:", e)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name * 2
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("body", t)

try:
    with tag("i"):
        raise IndexError("in body")
except IndexError as e:
    print("propagated", repr(e))

@contextmanager
def suppressing(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__)

with suppressing(ZeroDivisionError):
    1 / 0
print("continues")

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")

log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        log.append("fail")
        raise ValueError
except ValueError:
    pass
print(log)

# Nested with and exception in enter
class FailEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never")
try:
    with Resource("first"), FailEnter():
        print("never")
except OSError as e:
    print("OSError:", e)

# Context manager object reused and exit arguments
class Recorder:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.events.append(("exit", et is None, ev is None, tb is None))
        return False
rec = Recorder()
with rec:
    pass
try:
    with rec:
        raise TypeError
except TypeError:
    pass
print(rec.events)

# contextmanager that doesn't yield
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# contextlib.suppress
from contextlib import suppress
with suppress(KeyError):
    {}["missing"]
print("suppress ok")
