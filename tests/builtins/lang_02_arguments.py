# Functions: defaults, *args/**kwargs, keyword-only, positional-only, unpacking.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

# Mutable default pitfall
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))
print("defaults", append_to.__defaults__[0] if append_to.__defaults__ else None)

def varargs(*args, **kwargs):
    return args, kwargs

print(varargs())
print(varargs(1, 2, 3))
print(varargs(1, a=2, b=3))
print(varargs(*[1, 2], *(3,), **{"x": 1}, y=2))

def kwonly(a, *, b, c=3):
    return a, b, c

print(kwonly(1, b=2))
print(kwonly(1, c=5, b=4))

def posonly(a, b, /, c, *, d):
    return a + b + c + d

print(posonly(1, 2, 3, d=4))
print(posonly(1, 2, c=3, d=4))

def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))

# Errors in argument binding
def two(a, b):
    return a + b

tests = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, a=1),
    lambda: two(1, 2, c=3),
    lambda: kwonly(1, 2),
    lambda: kwonly(1),
    lambda: posonly(1, b=2, c=3, d=4),
    lambda: mixed(),
    lambda: greet(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)

# Unpacking in calls
def point(x, y, z=0):
    return f"({x}, {y}, {z})"

coords = [1, 2]
print(point(*coords))
print(point(*coords, 3))
print(point(**{"x": 5, "y": 6, "z": 7}))
print(point(1, **{"y": 2}))
args = (1,)
kwargs = {"z": 9}
print(point(*args, 2, **kwargs))

# Unpacking in assignments
a, b, *rest = [1, 2, 3, 4, 5]
print(a, b, rest)
first, *middle, last = "hello"
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
x, y = y, x = 1, 2
print(x, y)
*init, = range(3)
print(init)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)

# Unpacking in literals
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2, **{"a": 3}})
print({*[1, 2], *[2, 3]} == {1, 2, 3})

# Function attributes
def documented(x: int) -> int:
    """Return twice x."""
    return 2 * x

print(documented.__name__, documented.__doc__, documented(21))
print(documented.__annotations__)
print(greet.__defaults__, kwonly.__kwdefaults__)
print(callable(greet), callable(3))
