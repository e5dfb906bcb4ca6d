# `dataclasses`, after CPython 3.12's: the decorator reads the class's annotations in order,
# and makes `__init__`, `__repr__`, `__eq__`, the orderings and `__hash__` as source code run
# by `exec`, so their signatures and errors are CPython's.
import abc as _abc

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _Sentinel:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


MISSING = _Sentinel("<dataclasses._MISSING_TYPE object>")
_HAS_DEFAULT_FACTORY = _Sentinel("<factory>")
_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class KW_ONLY:
    pass


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%s,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare,
                   "mappingproxy(%r)" % (self.metadata,), self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _field_of(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name, f.type = name, annotation
    f._field_type = "_FIELD"
    if isinstance(annotation, InitVar) or annotation is InitVar:
        f._field_type = "_FIELD_INITVAR"
    elif _is_class_var(annotation):
        f._field_type = "_FIELD_CLASSVAR"
    if f._field_type != "_FIELD" and f.default_factory is not MISSING:
        raise TypeError("field %s cannot have a default factory" % (name,))
    if f._field_type == "_FIELD" and f.kw_only is MISSING:
        f.kw_only = kw_only
    elif f._field_type != "_FIELD":
        f.kw_only = False if f.kw_only is MISSING else f.kw_only
    if f._field_type == "_FIELD" and f.default is not MISSING and \
            type(f.default) in (list, dict, set):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _is_class_var(annotation):
    # `ClassVar`, `ClassVar[int]`, or either as a string (`from __future__ import annotations`).
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    text = repr(annotation)
    return text == "typing.ClassVar" or text.startswith("typing.ClassVar[")


def _make(cls, name, args, body, namespace, return_annotation=None):
    namespace = dict(namespace)
    text = "def %s(%s):\n%s" % (name, ", ".join(args), "\n".join(" " + line for line in body))
    exec(text, namespace)
    function = namespace[name]
    function.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    return function


def _set(cls, name, value, overwrite=True):
    if not overwrite and name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _tuple_of(names, prefix):
    if not names:
        return "()"
    return "(%s,)" % ",".join("%s.%s" % (prefix, n) for n in names)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        for f in getattr(base, _FIELDS, {}).values():
            fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    seen_kw_only = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY:
            if seen_kw_only:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified"
                                % (name,))
            seen_kw_only = True
            continue
        own.append(_field_of(cls, name, annotation, kw_only or seen_kw_only))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _Params(init, repr, eq, order, unsafe_hash, frozen))
    for base in cls.__mro__[1:]:
        params = base.__dict__.get(_PARAMS)
        if params is not None and fields and base.__dict__.get(_FIELDS):
            if params.frozen and not frozen:
                raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
            if not params.frozen and frozen:
                raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    every = [f for f in fields.values() if f._field_type == "_FIELD"]
    namespace = {"MISSING": MISSING, "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
                 "__dataclass_builtins_object__": object,
                 "FrozenInstanceError": FrozenInstanceError}
    if init:
        _set(cls, "__init__", _init(cls, fields, frozen, namespace))
    if repr:
        shown = [f.name for f in every if f.repr]
        body = ["return self.__class__.__qualname__ + f\"(%s)\""
                % ", ".join("%s={self.%s!r}" % (n, n) for n in shown)]
        _set(cls, "__repr__", _recursive_repr(_make(cls, "__repr__", ["self"], body, namespace)),
             overwrite=False)
    compared = [f.name for f in every if f.compare]
    if eq:
        body = ["if other.__class__ is self.__class__:",
                " return %s==%s" % (_tuple_of(compared, "self"), _tuple_of(compared, "other")),
                "return NotImplemented"]
        _set(cls, "__eq__", _make(cls, "__eq__", ["self", "other"], body, namespace),
             overwrite=False)
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            body = ["if other.__class__ is self.__class__:",
                    " return %s%s%s" % (_tuple_of(compared, "self"), op,
                                        _tuple_of(compared, "other")),
                    "return NotImplemented"]
            if _set(cls, name, _make(cls, name, ["self", "other"], body, namespace),
                    overwrite=False):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
    if frozen:
        for name, args, action in (("__setattr__", ["self", "name", "value"], "assign to"),
                                   ("__delattr__", ["self", "name"], "delete")):
            body = ["if type(self) is cls or name in %s:" % (tuple(f.name for f in every),),
                    " raise FrozenInstanceError(f\"cannot %s field {name!r}\")" % action,
                    "super(cls, self).%s(%s)" % (name, ", ".join(args[1:]))]
            if _set(cls, name, _make(cls, name, args, body, dict(namespace, cls=cls)),
                    overwrite=False):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (name, cls.__name__))
    hashed = [f.name for f in every if (f.compare if f.hash is None else f.hash)]
    class_hash = cls.__dict__.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING
                         or (class_hash is None and "__eq__" in cls.__dict__))
    hash_body = ["return hash(%s)" % _tuple_of(hashed, "self")]
    if unsafe_hash:
        if explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _make(cls, "__hash__", ["self"], hash_body, namespace)
    elif eq and not explicit_hash:
        cls.__hash__ = _make(cls, "__hash__", ["self"], hash_body, namespace) if frozen else None
    if match_args:
        _set(cls, "__match_args__", tuple(f.name for f in fields.values()
                                          if f.init and not f.kw_only
                                          and f._field_type != "_FIELD_CLASSVAR"),
             overwrite=False)
    if slots:
        cls = _with_slots(cls, fields, frozen)
    if hasattr(cls, "__abstractmethods__"):
        _abc.update_abstractmethods(cls)
    return cls


def _init(cls, fields, frozen, namespace):
    takes = [f for f in fields.values() if f.init and f._field_type != "_FIELD_CLASSVAR"]
    positional = [f for f in takes if not f.kw_only]
    keywords = [f for f in takes if f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %r follows default argument" % (f.name,))
    namespace = dict(namespace)

    def parameter(f):
        if f.default_factory is not MISSING:
            return "%s=__dataclass_HAS_DEFAULT_FACTORY__" % f.name
        if f.default is not MISSING:
            namespace["__dataclass_dflt_%s__" % f.name] = f.default
            return "%s=__dataclass_dflt_%s__" % (f.name, f.name)
        return f.name

    args = ["self"] + [parameter(f) for f in positional]
    if keywords:
        args += ["*"] + [parameter(f) for f in keywords]
    body = []
    for f in fields.values():
        if f._field_type != "_FIELD":
            continue
        if f.default_factory is not MISSING:
            namespace["__dataclass_dflt_%s__" % f.name] = f.default_factory
            if f.init:
                value = ("__dataclass_dflt_%s__() if %s is __dataclass_HAS_DEFAULT_FACTORY__ "
                         "else %s" % (f.name, f.name, f.name))
            else:
                value = "__dataclass_dflt_%s__()" % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace["__dataclass_dflt_%s__" % f.name] = f.default
            value = "__dataclass_dflt_%s__" % f.name
        else:
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(self,%r,%s)"
                        % (f.name, value))
        else:
            body.append("self.%s=%s" % (f.name, value))
    if hasattr(cls, "__post_init__"):
        initvars = [f.name for f in fields.values() if f._field_type == "_FIELD_INITVAR"]
        body.append("self.__post_init__(%s)" % ", ".join(initvars))
    return _make(cls, "__init__", args, body or ["pass"], namespace)


def _recursive_repr(function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = function.__name__
    wrapper.__qualname__ = function.__qualname__
    wrapper.__wrapped__ = function
    return wrapper


def _with_slots(cls, fields, frozen):
    body = dict(cls.__dict__)
    names = tuple(f.name for f in fields.values() if f._field_type == "_FIELD")
    body["__slots__"] = names
    for name in names:
        body.pop(name, None)
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    qualname = body.pop("__qualname__", cls.__qualname__)
    made = type(cls)(cls.__name__, cls.__bases__, body)
    made.__qualname__ = qualname
    return made


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError("eq must be true if order is true")
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if f._field_type == "_FIELD")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == "_FIELD_CLASSVAR":
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, kind = item, "typing.Any"
        elif len(item) == 2:
            name, kind = item
        else:
            name, kind, spec = item
            body[name] = spec
        annotations[name] = kind
    body["__annotations__"] = annotations
    body["__module__"] = module or "__main__"
    cls = type(cls_name, bases, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
