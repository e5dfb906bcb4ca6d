# inspect.signature of Python functions, methods, classes and callables: the text of
# Signature and Parameter, parameter kinds and defaults, bind/bind_partial with
# apply_defaults and their TypeErrors, and the predicates on functions and objects.
import inspect
import functools


def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass
def g(x: int, y: "str" = "s", *, z: list = None) -> bool: pass
def h(): pass
async def co(n=1): pass
def gen(): yield
async def agen(): yield
lam = lambda q, *r: q


class K:
    def __init__(self, p, q=0): pass
    def m(self, r, /, s=1): pass
    @staticmethod
    def st(t): pass
    @classmethod
    def cm(cls, u): pass
    def __call__(self, v, *w): pass


for obj in [f, g, h, co, lam, K, K.m, K(1).m, K.st, K.cm, K(1)]:
    sig = inspect.signature(obj)
    print(str(sig), repr(sig), [str(p.kind) for p in sig.parameters.values()])
sig = inspect.signature(f)
for p in sig.parameters.values():
    print(repr(p), p.name, p.default is inspect.Parameter.empty, p.kind.description, int(p.kind.value))
for args, kwargs in [((1, 2, 3, 4), {"d": 0}), ((1,), {"d": 0, "x": 9}), ((), {"d": 1}),
                     ((1,), {}), ((1, 2, 3), {"c": 4, "d": 5}), ((1,), {"b": 2, "d": 3})]:
    try:
        b = sig.bind(*args, **kwargs)
        print(b, b.args, b.kwargs)
        b.apply_defaults()
        print(" ", b.arguments)
    except TypeError as e:
        print("TypeError:", e)
gs = inspect.signature(g)
print(gs.return_annotation, gs.parameters["y"].annotation, gs.parameters["z"])
print(gs.bind_partial(z=[1]), gs.bind_partial())
try:
    gs.bind(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(g).bind(1, w=2)
except TypeError as e:
    print("TypeError:", e)
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY),
                         inspect.Parameter("b", inspect.Parameter.KEYWORD_ONLY, default=1)]))
try:
    inspect.Parameter("a b", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
print(inspect.signature(lam) == inspect.signature(lambda q, *r: 0), inspect.signature(h) == inspect.signature(f))
for obj in [f, co, gen, agen, K, K.m, K(1).m, len, inspect, functools.partial(co, 2)]:
    print(inspect.isfunction(obj), inspect.ismethod(obj), inspect.isclass(obj), inspect.ismodule(obj),
          inspect.isbuiltin(obj), inspect.iscoroutinefunction(obj), inspect.isgeneratorfunction(obj),
          inspect.isasyncgenfunction(obj), inspect.isroutine(obj))


def documented():
    """   First line.

        Indented more.
      Less.

    """


print(repr(inspect.getdoc(documented)), inspect.getdoc(h), repr(inspect.cleandoc("\n\n  x\n   y\n")))


@functools.wraps(g)
def wrapper(*a, **k): pass


print(inspect.signature(wrapper), inspect.unwrap(wrapper) is g)
print([name for name, _ in inspect.getmembers(K, inspect.isfunction)])
