# types.SimpleNamespace and MappingProxyType, the types of builtin objects, and the
# contextvars API outside any event loop: get/set/reset, Token, copy_context, Context.run
# and the Context mapping.
import types
import contextvars

ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(ns), ns.a, ns == types.SimpleNamespace(a=1, b=2), ns != types.SimpleNamespace())
ns.c = ns
print(types.SimpleNamespace(), types.SimpleNamespace(x=[1, {"k": None}]))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
mp = types.MappingProxyType({"x": 1, "y": 2})
print(repr(mp), mp["x"], mp.get("z", 0), list(mp.items()), len(mp), "y" in mp, mp.copy())
for bad in [[("a", 1)], 5]:
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
print(types.NoneType, types.FunctionType, types.LambdaType is types.FunctionType, types.BuiltinFunctionType)
print(types.MethodType, types.ModuleType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(types.TracebackType, types.MappingProxyType, types.EllipsisType, types.NotImplementedType)

var = contextvars.ContextVar("var", default=0)
name = contextvars.ContextVar("name")
print(var.get(), var.get(5), name.get("dflt"), var.name)
t1 = var.set(1)
t2 = var.set(2)
print(var.get(), t1.old_value, t2.old_value is contextvars.Token.MISSING, t2.old_value)
var.reset(t2)
print(var.get())
try:
    name.get()
except LookupError as e:
    print("LookupError", type(e).__name__)
ctx = contextvars.copy_context()
print(len(ctx), ctx[var], var in ctx, name in ctx, list(ctx.keys()) == [var], ctx.get(name, "none"))
print(ctx.run(lambda: (var.set(99), var.get())[1]), var.get(), ctx[var])
try:
    ctx[1]
except TypeError as e:
    print("TypeError:", e)
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print("TypeError:", e)
empty = contextvars.Context()
print(len(empty), list(empty), empty.run(var.get), ctx == ctx.copy(), type(ctx).__name__)
try:
    var.reset("token")
except TypeError as e:
    print("TypeError:", e)
