class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        mcls.registry.append(name)
        print("new", name, list(k for k in ns if not k.startswith('__')), kw)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print("init", name)
    def __iter__(cls):
        return iter([1, 2])
    def __len__(cls):
        return 7
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, k):
        return k == 3
    def __repr__(cls):
        return f"<meta {cls.__name__}>"
    def __call__(cls, *args):
        print("call", cls.__name__, args)
        return super().__call__(*args)
    @property
    def members(cls):
        return "members of " + cls.__name__
    def hello(cls):
        return "hello " + cls.__name__

class A(metaclass=Meta, flag=1):
    z = 1
    y = 2
    def __init__(self, v):
        self.v = v

class B(A):
    x = 3
print(A.tag, B.tag, list(A), len(B), A[4], 3 in A, 4 in A, repr(A), A, str(B))
a = B(5)
print(a.v, type(a).__name__, type(A), type(B) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.members, B.hello(), Meta.registry)
print(f"{A}")
try:
    class M2(type): pass
    class C(A, metaclass=M2): pass
except TypeError as e:
    print(e)
class Plain: pass
print(type(Plain), repr(Plain))
class Auto:
    def __init_subclass__(cls, **kw):
        print("sub", cls.__name__, kw)
class D(Auto, tag=1): pass
E = type("E", (Auto,), {"q": 1})
print(E.q)
