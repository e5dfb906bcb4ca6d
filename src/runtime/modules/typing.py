# typing.NamedTuple: both forms make a collections.namedtuple class (imported on first use).


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if bases:
            from collections import _from_class
            return _from_class(typename, ns)
        return super().__new__(mcls, typename, bases, ns)


class NamedTuple(metaclass=_NamedTupleMeta):
    def __new__(cls, typename, fields=(), /, **kwargs):
        from collections import namedtuple
        fields = list(fields) + list(kwargs.items())
        result = namedtuple(typename, [name for name, _ in fields])
        result.__annotations__ = dict(fields)
        return result
