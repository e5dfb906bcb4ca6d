# `traceback`: the reports are the VM's own (what it prints for an uncaught exception), cut
# into CPython's pieces: one string per frame, one per line otherwise. `limit` is not
# applied. Looplab has no frame objects: the *_stack functions raise NotImplementedError.
import sys

_sentinel = object()


def _chunks(text):
    out = []
    for line in text.splitlines(True):
        if line.startswith('    ') and out and out[-1].startswith('  File "'):
            out[-1] += line
        elif out and out[-1][:1] == '\n' and not out[-1].endswith(':\n\n'):
            out[-1] += line   # '\nThe above exception ...:\n\n' is one piece
        else:
            out.append(line)
    return out


def _exc(exc, value):
    return exc if value is _sentinel else value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exc(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _chunks(_format(exc))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exc(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _only(exc).splitlines(True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    for chunk in format_exception(exc, value):
        print(chunk, end='', file=file or sys.stderr)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(_handled()))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_handled(), file=file)


def print_last(limit=None, file=None, chain=True):
    raise ValueError('no last exception')


def format_tb(tb, limit=None):
    return _chunks(_tb(tb))


def print_tb(tb, limit=None, file=None):
    for chunk in format_tb(tb):
        print(chunk, end='', file=file or sys.stderr)


def extract_tb(tb, limit=None):
    stack = StackSummary.from_list(_extract(tb))
    stack._text = format_tb(tb)
    return stack


def clear_frames(tb):
    pass


def _unsupported(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f'traceback.{name}() is not supported by Looplab yet '
                                  '(it has no frame objects)')
    refuse.__name__ = refuse.__qualname__ = name
    return refuse


for _name in ('print_stack', 'format_stack', 'extract_stack', 'walk_stack', 'walk_tb'):
    globals()[_name] = _unsupported(_name)
del _name


class FrameSummary:
    __module__ = 'traceback'

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line = line
        self.locals = locals

    line = property(lambda self: self._line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return tuple(self) == tuple(other)
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


def format_frame_summary(frame):
    text = f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
    return text + (f'    {frame.line.strip()}\n' if frame.line else '')


class StackSummary:
    __module__ = 'traceback'

    def __init__(self, frames=()):
        self._frames = list(frames)
        self._text = None

    @classmethod
    def from_list(cls, a_list):
        return cls(f if isinstance(f, FrameSummary) else FrameSummary(*f[:3], line=f[3])
                   for f in a_list)

    def format(self):
        if self._text is not None:
            return list(self._text)
        return [format_frame_summary(f) for f in self._frames]

    def __iter__(self):
        return iter(self._frames)

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, i):
        return self._frames[i]

    def __eq__(self, other):
        return list(self) == list(other)

    def __repr__(self):
        return repr(self._frames)


class TracebackException:
    __module__ = 'traceback'

    def __init__(self, exc_type, exc_value, exc_traceback, **kwargs):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback)
        self.__cause__ = exc_value.__cause__
        self.__context__ = exc_value.__context__
        self.__notes__ = getattr(exc_value, '__notes__', None)

    @classmethod
    def from_exception(cls, exc, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, **kwargs)

    def __str__(self):
        return str(self._exc)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._exc is other._exc
        return NotImplemented

    def format(self, *, chain=True, _ctx=None):
        return iter(format_exception(self._exc))

    def format_exception_only(self, *, show_group=False, _depth=0):
        return iter(format_exception_only(self._exc))

    def print(self, *, file=None, chain=True):
        print_exception(self._exc, file=file)
