# Names and scopes: globals, nonlocal, closures, class scopes, del.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print("counter", counter)

def read_global():
    return counter * 10

print("read_global", read_global())

def shadow():
    counter = 99
    return counter

print("shadow", shadow(), counter)

def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c1 = make_counter()
c2 = make_counter()
print("closures", c1(), c1(), c1(5), c2())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x

print("nested nonlocal", outer())

# Late binding in loops
funcs = [lambda: i for i in range(3)]
print("late binding", [f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print("default binding", [f() for f in funcs])

adders = []
for k in range(3):
    def add(x):
        return x + k
    adders.append(add)
print("loop closures", [a(10) for a in adders])

def make_multipliers():
    return [lambda x, n=n: x * n for n in (2, 3, 4)]
print("multipliers", [m(5) for m in make_multipliers()])

# Closure cells shared between functions
def pair():
    value = []
    def put(v):
        value.append(v)
    def get():
        return list(value)
    return put, get

put, get = pair()
put(1); put(2)
print("shared cell", get())

# UnboundLocalError
def broken():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

broken()

# Class scopes
y = "global y"
class C:
    y = "class y"
    z = y + "!"
    def method(self):
        return y
    items = [y for _ in range(2)]

print("class scope", C.z, C().method(), C.items)

class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def get_a(self):
        return self.a

print("D", D.a, D.b, D().get_a())

# del
v = 10
del v
try:
    print(v)
except NameError as e:
    print("NameError:", e)

lst = [1, 2, 3, 4, 5]
del lst[1]
del lst[-2:]
print("del items", lst)

d = {"a": 1, "b": 2}
del d["a"]
print("del key", d)

class Obj:
    pass

o = Obj()
o.attr = 5
del o.attr
print("hasattr after del", hasattr(o, "attr"))

def del_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)

print(del_local())

# globals() and locals() basics
def g():
    a = 1
    b = 2
    return sorted(locals())

print("locals", g())
print("in globals", "bump" in globals(), "nope" in globals())

x = 1
def f():
    global x
    x = "set in f"
f()
print("global set", x)
