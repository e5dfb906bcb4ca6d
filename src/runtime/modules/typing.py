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


# typing.TypedDict: at run time a TypedDict class makes plain dicts; the class keeps the
# keys' annotations and which are required.
class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        own = ns.get('__annotations__', {})
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = total
        return super().__new__(mcls, name, (dict,), ns)

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typed_dict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typed_dict_functional(typename, fields=None, /, *, total=True):
    ns = {'__annotations__': dict(fields or {}), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (dict,), {'__module__': 'typing'})
