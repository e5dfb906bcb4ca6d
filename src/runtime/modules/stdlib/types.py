# `types`: the classes of builtin objects (taken from objects of each kind) and
# SimpleNamespace.
import sys


def _f():
    pass


FunctionType = LambdaType = type(_f)
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
MappingProxyType = type(type.__dict__)
GenericAlias = type(list[int])
UnionType = type(int | str)


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()


def _g():
    yield


GeneratorType = type(_g())


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
try:
    raise TypeError
except TypeError as e:
    TracebackType = type(e.__traceback__)


class SimpleNamespace:
    __module__ = 'types'

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'types.SimpleNamespace'")

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def coroutine(func):
    # A generator function's generators become awaitable (CPython flags its code; the
    # function itself is returned).
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if (_code(func) or ('',))[0] == 'generator':
        _mark_coroutine(func)
    return func
