# `inspect` for what programs ask of their own objects: the is* predicates, signature() of
# Python functions (Signature, Parameter, bind), getmembers, getdoc, cleandoc, unwrap.
# Looplab has no frame objects: currentframe/stack/getsource and friends raise
# NotImplementedError.
import types as _t
import sys as _sys


_is_coroutine_marker = object()


def iscoroutinefunction(obj):
    return (_kind(obj) == 'coroutine' or
            getattr(obj, '_is_coroutine_marker', None) is _is_coroutine_marker)


def markcoroutinefunction(func):
    func = getattr(func, '__func__', func)
    func._is_coroutine_marker = _is_coroutine_marker
    return func


def isgeneratorfunction(obj):
    return _kind(obj) == 'generator'


def isasyncgenfunction(obj):
    return _kind(obj) == 'async_generator'


def _is(kind):
    return lambda obj: isinstance(obj, kind)


isfunction, ismethod, isclass, ismodule = (_is(_t.FunctionType), _is(_t.MethodType), _is(type),
                                           _is(_t.ModuleType))
isbuiltin, iscoroutine, isgenerator, isasyncgen, istraceback = (
    _is(_t.BuiltinFunctionType), _is(_t.CoroutineType), _is(_t.GeneratorType),
    _is(_t.AsyncGeneratorType), _is(_t.TracebackType))


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def _unsupported(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f'inspect.{name}() is not supported by Looplab yet '
                                  '(it has no frame objects)')
    refuse.__name__ = refuse.__qualname__ = name
    return refuse


for _name in ('currentframe', 'stack', 'getframeinfo', 'getouterframes', 'getsource',
              'getsourcelines', 'getfile', 'getsourcefile', 'trace'):
    globals()[_name] = _unsupported(_name)
del _name


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = _sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < _sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if doc is None and isinstance(obj, type):
        for base in obj.__mro__[1:]:
            doc = base.__doc__ if base is not object else None
            if doc is not None:
                break
    return cleandoc(doc) if isinstance(doc, str) else None


def unwrap(func, *, stop=None):
    f, seen = func, {id(func)}
    while hasattr(f, '__wrapped__') and not (stop and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(f))
    return f


class _empty:
    __module__ = 'inspect'


class _void:
    __module__ = 'inspect'


class _ParameterKind:
    __module__ = 'inspect'

    def __init__(self, value, name, description):
        self.value, self.name, self.description = value, name, description

    def __repr__(self):
        return f'<_ParameterKind.{self.name}: {self.value}>'

    def __str__(self):
        return self.name

    def __eq__(self, other):
        return self.value == getattr(other, 'value', other)

    def __lt__(self, other):
        return self.value < getattr(other, 'value', other)

    def __hash__(self):
        return hash(self.value)


POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def formatannotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _t.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    __module__ = 'inspect'
    empty = _empty
    POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL = (
        POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL)
    KEYWORD_ONLY, VAR_KEYWORD = KEYWORD_ONLY, VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (VAR_POSITIONAL, VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        return Parameter(self._name if name is _void else name,
                         self._kind if kind is _void else kind,
                         default=self._default if default is _void else default,
                         annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{sep}{self._default!r}'
        if self._kind == VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<Parameter "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind.value, self._annotation, self._default))


class BoundArguments:
    __module__ = 'inspect'

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (VAR_KEYWORD, KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs, started = {}, False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (VAR_KEYWORD, KEYWORD_ONLY) or name not in self.arguments:
                    started = True
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            elif param.kind != VAR_POSITIONAL:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<BoundArguments ({args})>'


class Signature:
    __module__ = 'inspect'
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = {}
        for param in parameters or ():
            if param.name in params:
                raise ValueError(f'duplicate parameter name: {param.name!r}')
            params[param.name] = param
        self._parameters = _t.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return Signature(self._parameters.values() if parameters is _void else parameters,
                         return_annotation=self._return_annotation
                         if return_annotation is _void else return_annotation)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.values()) == list(other._parameters.values()))

    def __str__(self):
        result, slash, star = [], False, True
        for param in self._parameters.values():
            kind = param.kind
            if kind == POSITIONAL_ONLY:
                slash = True
            elif slash:
                result.append('/')
                slash = False
            if kind == VAR_POSITIONAL:
                star = False
            elif kind == KEYWORD_ONLY and star:
                result.append('*')
                star = False
            result.append(str(param))
        if slash:
            result.append('/')
        text = f"({', '.join(result)})"
        if self._return_annotation is not _empty:
            text += f' -> {formatannotation(self._return_annotation)}'
        return text

    def __repr__(self):
        return f'<Signature {self}>'

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = iter(self._parameters.values())
        args = list(args)
        kwargs = dict(kwargs)
        param = None
        while args:
            param = next(params, None)
            if param is None or param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == VAR_POSITIONAL:
                arguments[param.name] = tuple(args)
                args = []
                param = None
                break
            if param.name in kwargs and param.kind != POSITIONAL_ONLY:
                raise TypeError(f'multiple values for argument {param.name!r}') from None
            arguments[param.name] = args.pop(0)
            param = None
        kwargs_param = None
        rest = list(params)
        for param in rest:
            if param.kind == VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs and param.kind == POSITIONAL_ONLY:
                raise TypeError(f'{name!r} parameter is positional only, '
                                'but was passed as a keyword')
            if name in kwargs and param.kind != POSITIONAL_ONLY:
                arguments[name] = kwargs.pop(name)
            elif (not partial and param.kind != VAR_POSITIONAL and
                  param.default is _empty):
                raise TypeError(f'missing a required argument: {name!r}') from None
        if kwargs:
            if kwargs_param is None:
                raise TypeError(
                    f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[kwargs_param.name] = kwargs
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)


def _from_function(func, skip_first):
    info = _code(func)
    kind, argcount, posonly, kwonly, names, varargs, varkw = info
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    params = []
    first_default = argcount - len(defaults)
    for i in range(argcount):
        name = names[i]
        params.append(Parameter(
            name, POSITIONAL_ONLY if i < posonly else POSITIONAL_OR_KEYWORD,
            default=defaults[i - first_default] if i >= first_default else _empty,
            annotation=annotations.get(name, _empty)))
    i = argcount
    if varargs:
        name = names[argcount + kwonly]
        params.append(Parameter(name, VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
    for name in names[i:i + kwonly]:
        params.append(Parameter(name, KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if varkw:
        name = names[-1]
        params.append(Parameter(name, VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        if not params or params[0].kind in (VAR_KEYWORD, KEYWORD_ONLY):
            raise ValueError(f'invalid method signature')
        if params[0].kind != VAR_POSITIONAL:
            params.pop(0)
    return Signature(params, return_annotation=annotations.get('return', _empty))


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, _t.MethodType):
        return _bound(obj.__func__, follow_wrapped)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        return sig
    if isinstance(obj, _t.FunctionType):
        return _from_function(obj, False)
    if isinstance(obj, type):
        init = getattr(obj, '__init__', None)
        if isinstance(init, _t.FunctionType):
            return _from_function(init, True)
        return Signature()
    if isinstance(obj, _t.BuiltinFunctionType):
        raise ValueError(f'no signature found for builtin {obj!r}')
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, _t.FunctionType):
        return _from_function(call, True)
    raise ValueError(f'callable {obj!r} is not supported by signature')


def _bound(func, follow_wrapped):
    if isinstance(func, _t.FunctionType):
        return _from_function(unwrap(func) if follow_wrapped else func, True)
    sig = signature(func)
    return sig.replace(parameters=list(sig.parameters.values())[1:])
