# types in everyday use: a SimpleNamespace as a light settings object (repr, equality,
# attributes added later), a MappingProxyType to hand out a read-only view of a registry that
# still follows the registry's changes, and the types of functions, coroutines and
# generators to tell apart what a plugin loader was given.
import asyncio
import types

settings = types.SimpleNamespace(host="localhost", port=8080, tls=False)
_registry = {}
registry = types.MappingProxyType(_registry)


def register(name):
    def decorator(func):
        _registry[name] = func
        return func
    return decorator


@register("hello")
async def hello(who):
    await asyncio.sleep(0.1)
    return f"hello {who}"


@register("double")
def double(x):
    return 2 * x


@register("count")
def count(n):
    yield from range(n)


def kind(obj):
    if isinstance(obj, types.CoroutineType):
        return "coroutine"
    if isinstance(obj, types.GeneratorType):
        return "generator"
    if isinstance(obj, types.FunctionType):
        return "function"
    if isinstance(obj, types.BuiltinFunctionType):
        return "builtin"
    if isinstance(obj, types.MethodType):
        return "method"
    return type(obj).__name__


async def main():
    print(settings)
    settings.debug = True
    settings.port += 1
    print(settings, settings.port, vars(settings)["host"])
    print(settings == types.SimpleNamespace(host="localhost", port=8081, tls=False, debug=True))
    print(settings == types.SimpleNamespace(host="localhost"))
    nested = types.SimpleNamespace(db=types.SimpleNamespace(name="app", pool=5), cache=None)
    print(nested, nested.db.pool)
    del settings.tls
    print(settings, hasattr(settings, "tls"))

    print(sorted(registry), len(registry), "hello" in registry)
    try:
        registry["evil"] = print
    except TypeError as e:
        print("TypeError:", e)

    @register("late")
    def late():
        return "added after the view was made"

    print(sorted(registry.keys()), registry["late"]())
    for name, func in registry.items():
        result = func("world") if name == "hello" else func(3) if name != "late" else func()
        what = kind(result)
        if what == "coroutine":
            result = await result
        elif what == "generator":
            result = list(result)
        print(f"{name:>6}: {kind(func)} returned a {what}: {result!r}")
    print(kind(len), kind(kind), kind(None), kind(settings))
    print(types.NoneType is type(None), isinstance(types, types.ModuleType))
    print(types.FunctionType.__name__, types.CoroutineType.__name__, types.MappingProxyType.__name__)


asyncio.run(main())
