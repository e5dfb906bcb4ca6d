# weakref callbacks: called with the dead reference when the object is freed, newest first, after __del__.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


def gone(reference):
    print("callback: reference is dead:", reference() is None)


a = Node("a")
r1 = weakref.ref(a, gone)
r2 = weakref.ref(a, lambda ref: print("second callback first?"))
print("alive:", r1())
del a
print("after del")

b = Node("b")
rb = weakref.ref(b, gone)
del rb
del b
print("no callback when the reference died first")


class WithDel:
    def __del__(self):
        print("__del__ runs before the callbacks")


c = WithDel()
rc = weakref.ref(c, lambda ref: print("callback after __del__"))
del c


def bad(ref):
    raise ValueError("inside callback")


d = Node("d")
rd = weakref.ref(d, bad)
del d
print("the program goes on")

cache = {}


def forget(key):
    return lambda ref: cache.pop(key, None) or print("forgot", key)


for name in ["x", "y"]:
    node = Node(name)
    cache[name] = weakref.ref(node, forget(name))
del node
print(sorted(cache))
try:
    weakref.ref(42, print)  # not weakly referenceable
except TypeError as e:
    print("TypeError:", e)
