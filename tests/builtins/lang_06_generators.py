# Generator functions: send, throw, close, yield from, return values.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def echo():
    received = []
    while True:
        try:
            x = yield len(received)
        except ValueError as e:
            received.append(f"caught {e}")
            continue
        except GeneratorExit:
            print("closing with", received)
            raise
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print("first", g.send(None))
print("send a", g.send("a"))
print("throw", g.throw(ValueError("boom")))
print("send b", g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = echo()
next(g)
g.send(1)
g.close()
print("closed; next ->", next(g, "exhausted"))

try:
    countdown(3).send(5)
except TypeError as e:
    print("TypeError:", e)

def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(2)
    return "outer done"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))

def delegate_throw():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"

g = delegate_throw()
next(g)
print(g.throw(KeyError("k")))

# Generator states
def simple():
    yield 1
g = simple()
print(list(g), list(g))

# close on unstarted, throw on unstarted
g = simple()
g.close()
print("closed unstarted", list(g))
g = simple()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw:", e)

# finally runs on close
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = with_finally()
print(next(g))
g.close()
print("after close")

# Yielding during GeneratorExit raises RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("oops")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# Infinite generator with islice-like manual take
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, naturals()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))

# Generator pipeline
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
print(list(squares(evens(range(10)))))

# yield as expression value and in expressions
def accumulate():
    total = 0
    while True:
        total += (yield total) or 0

acc = accumulate()
next(acc)
print([acc.send(v) for v in (1, 2, 3)])
print(type(acc).__name__, hasattr(acc, "send"), iter(acc) is acc)

# Running generator re-entered
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
