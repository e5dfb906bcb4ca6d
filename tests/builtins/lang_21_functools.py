# functools: partial, wraps, reduce, lru_cache, cache, total_ordering, cmp_to_key.
import functools
from functools import partial, wraps, reduce

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), square(base=3))

def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hi = partial(greet, "Hi")
print(hi("Ann"), hi("Bob", punct="?"), partial(hi, punct=".")("Cy"))
print(list(map(partial(power, exponent=2), range(5))))
print(repr(partial(power, 2))[:36])

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))

def plain_decorator(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@plain_decorator
def sub(a, b):
    """Subtract."""
    return a - b
print(sub.__name__, sub.__doc__)

def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return "gave up"
        return wrapper
    return deco

state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"try {state['n']}")
    return "ok"
print(flaky(), flaky.__name__)

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)

@functools.cache
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5))

@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)
    def __eq__(self, other):
        return self.key == other.key
    def __lt__(self, other):
        return self.key < other.key
print(Version(1, 2) <= Version(1, 3), Version(2, 0) >= Version(1, 9), Version(1, 0) > Version(1, 0))

print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

print(square.func is power, square.args, square.keywords, two_to.args)
