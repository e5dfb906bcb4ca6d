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
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic_base = (Generic,) if any(base is Generic for base in bases) else ()
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
        return super().__new__(mcls, name, (*generic_base, dict), ns)

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


# Type parameters (PEP 695): TypeVar, ParamSpec and TypeVarTuple, generic classes through
# Generic, and the TypeAliasType of a `type` statement. A bound, constraints or an alias's
# value written in the new syntax is evaluated when first asked for.

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, (tuple, list)):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


class _TypeParameter:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != 'typing':
            raise TypeError(f"type 'typing.{cls.__mro__[1].__name__}' is not an acceptable base type")


def _variance_repr(self):
    # A TypeVar's or ParamSpec's repr: its variance, then its name.
    if self.__infer_variance__:
        return self.__name__
    if self.__covariant__:
        return '+' + self.__name__
    if self.__contravariant__:
        return '-' + self.__name__
    return '~' + self.__name__


class TypeVar(_TypeParameter):
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if infer_variance and (covariant or contravariant):
            raise ValueError('Variance cannot be specified with infer_variance.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._bound = bound
        self._constraints = tuple(constraints)
        self._evaluate_bound = None
        self._evaluate_constraints = None

    @property
    def __bound__(self):
        if self._evaluate_bound is not None:
            self._bound = self._evaluate_bound()
            self._evaluate_bound = None
        return self._bound

    @property
    def __constraints__(self):
        if self._evaluate_constraints is not None:
            self._constraints = tuple(self._evaluate_constraints())
            self._evaluate_constraints = None
        return self._constraints

    __repr__ = _variance_repr


class _ParamSpecPart:
    def __init__(self, origin, part):
        self.__origin__ = origin
        self._part = part

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'


class ParamSpec(_TypeParameter):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')

    __repr__ = _variance_repr


class TypeVarTuple(_TypeParameter):
    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield _Unpacked(self)

    def __repr__(self):
        return self.__name__


class _Unpacked:
    """`*Ts`, as Generic's arguments show it."""

    def __init__(self, tvt):
        self.__args__ = (tvt,)
        self.__parameters__ = (tvt,)

    def __repr__(self):
        return f'typing.Unpack[{self.__args__[0]!r}]'

    def __eq__(self, other):
        if not isinstance(other, _Unpacked):
            return NotImplemented
        return self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__args__)


def _collect_parameters(args):
    parameters = []
    for arg in args:
        if isinstance(arg, _TypeParameter):
            found = (arg,)
        else:
            found = getattr(arg, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for parameter in found:
            if parameter not in parameters:
                parameters.append(parameter)
    return tuple(parameters)


def _substitute(arg, substitution):
    if isinstance(arg, _TypeParameter):
        return substitution.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(substitution.get(p, p) for p in arg.__parameters__)]
    return arg


class _GenericAlias:
    """`Box[int]` for a generic class, `Generic[T]`: calling it makes an instance of the
    class; as a base class it stands for the class."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self.__module__ = getattr(origin, '__module__', 'typing')

    def __repr__(self):
        args = ', '.join(_type_repr(arg) for arg in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        parameters = self.__parameters__
        if len(args) != len(parameters):
            many = 'many' if len(args) > len(parameters) else 'few'
            raise TypeError(f'Too {many} arguments for {self}; actual {len(args)}, '
                            f'expected {len(parameters)}')
        substitution = dict(zip(parameters, args))
        return _GenericAlias(self.__origin__,
                             tuple(_substitute(arg, substitution) for arg in self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            i = bases.index(self)
            for base in bases[i + 1:]:
                if isinstance(base, _GenericAlias) and base is not self:
                    return ()
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class Generic:
    """The base of generic classes: `class Box(Generic[T])`, or `class Box[T]`."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        # As CPython's typing caches them, equal subscriptions give the same alias.
        try:
            key = (cls, params, tuple(type(p) for p in params))
            return _generic_cache[key]
        except (KeyError, TypeError):
            pass
        alias = cls._make_alias(params)
        if len(_generic_cache) >= 256:
            _generic_cache.clear()
        try:
            _generic_cache[key] = alias
        except TypeError:
            pass
        return alias

    @classmethod
    def _make_alias(cls, params):
        if cls is Generic:
            for param in params:
                if not isinstance(param, (_TypeParameter, _Unpacked)):
                    raise TypeError('Parameters to Generic[...] must all be type variables '
                                    'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError('Parameters to Generic[...] must all be unique')
        else:
            expected = getattr(cls, '__parameters__', ())
            if not expected:
                raise TypeError(f'{cls} is not a generic class')
            variadic = any(isinstance(p, TypeVarTuple) for p in expected)
            if not variadic and len(params) != len(expected):
                many = 'many' if len(params) > len(expected) else 'few'
                raise TypeError(f'Too {many} arguments for {cls}; actual {len(params)}, '
                                f'expected {len(expected)}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig_bases = cls.__dict__.get('__orig_bases__')
        if orig_bases is None:
            return
        declared = None
        for base in orig_bases:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if declared is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                declared = base.__parameters__
        found = _collect_parameters(orig_bases)
        if declared is not None:
            missing = [p for p in found if p not in declared]
            if missing:
                listed = ', '.join(str(p) for p in missing)
                raise TypeError(f'Some type variables ({listed}) are not listed in '
                                f'Generic[{", ".join(str(p) for p in declared)}]')
            found = declared
        cls.__parameters__ = found


Generic.__parameters__ = ()
_generic_cache = {}


class TypeAliasType:
    """What `type Name = value` makes: `Name.__value__` is evaluated when first read."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType.__init__() argument 'name' must be str, "
                            f"not {type(name).__name__}")
        define = object.__setattr__
        define(self, '__name__', name)
        define(self, '_value', value)
        define(self, '_evaluate', None)
        define(self, '__type_params__', tuple(type_params))
        define(self, '__parameters__', self.__type_params__)

    @property
    def __value__(self):
        if self._evaluate is not None:
            object.__setattr__(self, '_value', self._evaluate())
            object.__setattr__(self, '_evaluate', None)
        return self._value

    def __setattr__(self, name, value):
        if name in ('__name__', '__value__', '__type_params__', '__parameters__',
                    '__module__'):
            raise AttributeError(f"attribute '{name}' of 'typing.TypeAliasType' objects "
                                 "is not writable")
        raise AttributeError(f"'typing.TypeAliasType' object has no attribute '{name}'")

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return type(list[int])(self, parameters)

    # `Alias | None` is a `types.UnionType`, as for classes.
    __or__ = type(int | None).__or__
    __ror__ = type(int | None).__ror__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")


def _intrinsic_typevar(name):
    return TypeVar(name, infer_variance=True)


def _intrinsic_typevar_with_bound(name, evaluate):
    variable = TypeVar(name, infer_variance=True)
    variable._evaluate_bound = evaluate
    return variable


def _intrinsic_typevar_with_constraints(name, evaluate):
    variable = TypeVar(name, infer_variance=True)
    variable._evaluate_constraints = evaluate
    return variable


def _intrinsic_paramspec(name):
    return ParamSpec(name, infer_variance=True)


def _intrinsic_typevartuple(name):
    return TypeVarTuple(name)


def _intrinsic_subscript_generic(params):
    return Generic[tuple(_Unpacked(p) if isinstance(p, TypeVarTuple) else p for p in params)]


def _intrinsic_typealias(name, type_params, evaluate, module):
    alias = TypeAliasType(name, None, type_params=type_params or ())
    object.__setattr__(alias, '_evaluate', evaluate)
    object.__setattr__(alias, '__module__', module)
    return alias


def _intrinsic_set_function_type_params(function, type_params):
    function.__type_params__ = type_params
    return function
