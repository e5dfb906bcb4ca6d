# More generator behaviour: yield from delegation of send/throw/close, nested finally.
def inner():
    try:
        while True:
            value = yield
            print("inner received", value)
    except GeneratorExit:
        print("inner closed")
        raise
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
next(g)
g.send(1)
g.send(2)
g.close()
print("closed")

def averager():
    total = count = 0
    while True:
        term = yield
        if term is None:
            break
        total += term
        count += 1
    return total / count

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in (("a", [1, 2, 3]), ("b", [10, 20])):
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)

# Return value of yield from over an exhausted generator
def give(n):
    yield n
    return n * 10
def take_all():
    a = yield from give(1)
    b = yield from give(2)
    return a + b
gen = take_all()
print(list(gen))
gen = take_all()
try:
    while True:
        next(gen)
except StopIteration as stop:
    print("returned", stop.value)

# Throw into yield from that the inner generator handles
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("inner handled", e)
def wrapper():
    result = yield from resilient()
    return result
w = wrapper()
print(next(w))
print(w.throw(ValueError("bad")))
print(w.throw(ValueError("worse")))
w.close()

# Generator expression scoping and StopIteration in next() default
gen = (x for x in [])
print(next(gen, "empty"))

# Generator that returns without yielding
def nothing():
    return "nothing"
    yield
print(list(nothing()))
try:
    next(nothing())
except StopIteration as e:
    print("value", e.value)

# gi_running / gi_frame-free checks; generator function type checks

def gen_fn():
    yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__)

# Generator used as coroutine-like state machine
def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
light = traffic_light()
print([next(light) for _ in range(7)])

# Exceptions propagate out of generator bodies with the right type
def faulty():
    yield 1
    {}["missing"]
gen = faulty()
print(next(gen))
try:
    next(gen)
except KeyError as e:
    print("KeyError", e)
print(next(gen, "finished"))

# Send non-None to a just-started generator
def starter():
    yield 1
try:
    starter().send("x")
except TypeError as e:
    print("TypeError:", e)

# Throw with an exception class and traceback-free instance
def catcher():
    try:
        yield 1
    except Exception as e:
        yield f"caught {type(e).__name__}: {e}"
c = catcher()
next(c)
print(c.throw(KeyError))
c = catcher()
next(c)
print(c.throw(IndexError("idx")))

# Generators in zip stop at the shortest; remaining generator stays suspended
def count_up():
    n = 0
    while True:
        n += 1
        yield n
cu = count_up()
print(list(zip(cu, "ab")), next(cu))
