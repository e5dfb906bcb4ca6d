# Lambdas, decorators (plain, with arguments, stacked), recursion.
square = lambda x: x * x
print(square(7), (lambda a, b=2: a + b)(1), (lambda *a: a)(1, 2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(square.__name__)

def shout(func):
    def wrapper(*args, **kwargs):
        return "<" + func(*args, **kwargs) + ">"
    return wrapper

@shout
def hello(name):
    return "hello " + name

print(hello("world"), hello.__name__)

def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def ping(x):
    return f"ping{x}"

print(ping(1))

calls = []
def trace(label):
    def deco(f):
        calls.append(f"decorating {f.__name__} with {label}")
        def inner(*a):
            calls.append(f"enter {label}")
            r = f(*a)
            calls.append(f"exit {label}")
            return r
        inner.__name__ = f.__name__
        return inner
    return deco

@trace("outer")
@trace("inner")
def work(x):
    calls.append(f"work {x}")
    return x * 2

print(work(5))
for line in calls:
    print(" ", line)

# Decorator that counts calls using a function attribute
def counted(f):
    def wrapper(*args):
        wrapper.calls += 1
        return f(*args)
    wrapper.calls = 0
    return wrapper

@counted
def noop():
    return None

noop(); noop(); noop()
print("calls", noop.calls)

# Class used as a decorator
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("fib", fib(60), len(fib.cache))

# Decorator returning the function unchanged (registration)
registry = {}
def register(f):
    registry[f.__name__] = f
    return f

@register
def alpha():
    return "a"

@register
def beta():
    return "b"

print(sorted(registry), registry["beta"]())

# Recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(30))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves

print(len(hanoi(6, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))

def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out += flatten(item)
        return out
    return [x]

print(flatten([1, [2, [3, [4, []]], 5]]))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7))

def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
