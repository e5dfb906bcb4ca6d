# More closures and scoping as teaching code uses them.
def make_accumulator(start=0):
    total = start
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    def reset():
        nonlocal total
        total = start
        history.clear() if False else None
    add.reset = reset
    add.history = history
    return add

acc = make_accumulator(10)
print(acc(1), acc(2), acc.history)
acc.reset()
print(acc(5))

# Closures capturing loop variables in nested functions
def build():
    handlers = {}
    for name in ("start", "stop"):
        def handler(name=name):
            return f"handling {name}"
        handlers[name] = handler
    return handlers
hs = build()
print(hs["start"](), hs["stop"]())

# Closure over a variable assigned after the inner function is defined
def later():
    def show():
        return value
    value = "assigned later"
    return show()
print(later())

# Closure variable changed after closure creation
def snapshot():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(snapshot())

# Class defined inside a function uses the function's variables
def make_class(greeting):
    class Greeter:
        prefix = greeting
        def greet(self, name):
            return f"{greeting}, {name} ({self.prefix})"
    return Greeter
G = make_class("Hola")
print(G().greet("Ana"), G.__name__)

# Methods referencing class attribute via the class name
class Config:
    default = 5
    def get(self):
        return Config.default
    @classmethod
    def get_cls(cls):
        return cls.default
class SubConfig(Config):
    default = 7
print(SubConfig().get(), SubConfig.get_cls())

# Nested function modifying a global from inside a closure
total_calls = 0
def outer():
    def inner():
        global total_calls
        total_calls += 1
    for _ in range(3):
        inner()
outer()
print("total_calls", total_calls)

# nonlocal across two levels
def level1():
    v = 0
    def level2():
        def level3():
            nonlocal v
            v += 100
        level3()
        level3()
    level2()
    return v
print(level1())

# Closures in comprehension inside a function
def powers():
    return [lambda x, p=p: x ** p for p in range(4)]
print([f(2) for f in powers()])
def powers_late():
    return [lambda x: x ** p for p in range(4)]
print([f(2) for f in powers_late()])

# Recursive closure
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(10))

# Function identity and __closure__
def outer2():
    a = 1
    def inner():
        return a
    return inner
f = outer2()
print(f.__closure__ is not None, len(f.__closure__), f.__closure__[0].cell_contents)
print(make_accumulator.__closure__)

# Name resolution order: local, enclosing, global, builtin
len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_builtin():
    return max([1, 5, 3])
print(uses_builtin())

# Generators capture their closure too
def counter_gen(step):
    def gen():
        n = 0
        while n < 3 * step:
            yield n
            n += step
    return gen
print(list(counter_gen(2)()))

# global statement in a class body
class G2:
    global created_in_class
    created_in_class = "yes"
print(created_in_class)

# Conditional function definitions
if total_calls > 2:
    def pick():
        return "big"
else:
    def pick():
        return "small"
print(pick())
