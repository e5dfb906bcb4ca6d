# `warnings`: CPython's filters, registries and catch_warnings. The runtime's own warnings
# (a coroutine never awaited) go through the same filters once this module is imported
# (`_runtime`). Message and module patterns are regular expressions when `re` is available,
# else case-insensitive prefixes (message) and exact names (module).
import sys

filters = [('default', None, DeprecationWarning, '__main__', 0),
           ('ignore', None, DeprecationWarning, None, 0),
           ('ignore', None, PendingDeprecationWarning, None, 0),
           ('ignore', None, ImportWarning, None, 0),
           ('ignore', None, ResourceWarning, None, 0)]
defaultaction = 'default'
onceregistry = {}
_registries = {}
_version = 1
_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _filters_mutated():
    global _version
    _version += 1


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def _check(action, category, lineno):
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a class')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check(action, category, lineno)
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    _add_filter(action, message or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check(action, category, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text, module):
    try:
        import re
    except ImportError:
        if module:
            return pattern == text
        return text.lower().startswith(pattern.lower())
    return bool(re.match(pattern if module else '(?i)' + pattern, text))


class WarningMessage:
    __module__ = 'warnings'

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message, self.category, self.filename = message, category, filename
        self.lineno, self.file, self.line, self.source = lineno, file, line, source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, '
                f'line : {self.line!r}}}')


def formatwarning(message, category, filename, lineno, line=None):
    text = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line:
        text += f'  {line.strip()}\n'
    return text


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    line = msg.line if msg.line is not None else getattr(msg, '_text', None)
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, line)
    if msg.source is not None:   # tracemalloc is off: CPython says how to get more
        text += f'{msg.category.__name__}: Enable tracemalloc to get the object allocation traceback\n'
    return text


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    file.write(_formatwarnmsg(msg))


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_formatwarning_orig, _showwarning_orig = formatwarning, showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    where = _caller(stacklevel)
    filename, lineno, module, line = where if where else ('sys', 1, 'sys', None)
    _warn(message, category, filename, lineno, module, line, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    _warn(message, category, filename, lineno, module, None, source, registry)


def _warn(message, category, filename, lineno, module, line, source, registry=None):
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = _registries.setdefault(module, {})
    if registry.get('version', 0) != _version:
        registry.clear()
        registry['version'] = _version
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or _matches(msg, text, False)) and issubclass(category, cat) and
                (mod is None or _matches(mod, module, True)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == 'module':
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n {action}')
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    msg._text = line   # what CPython's linecache would find
    _showwarnmsg(msg)


def _runtime(text, category, filename, lineno, line, module):
    # A warning the runtime raises as an object is freed (the source: tracemalloc's note).
    try:
        _warn(text, category, filename, lineno, module, line or None, True)
    except Warning:
        pass   # 'error': CPython reports it as unraisable; Looplab drops it


class catch_warnings:
    __module__ = 'warnings'

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record, self._entered = record, False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = ['record=True'] if self._record else []
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        global filters, showwarning, _showwarnmsg_impl
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        self._saved = (filters, showwarning, _showwarnmsg_impl)
        filters = filters[:]
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _showwarnmsg_impl = log.append
            showwarning = _showwarning_orig
            return log

    def __exit__(self, *exc_info):
        global filters, showwarning, _showwarnmsg_impl
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        filters, showwarning, _showwarnmsg_impl = self._saved
        _filters_mutated()
