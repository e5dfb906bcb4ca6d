# `os` for a simulated machine: 4 CPUs (as the oracle fixes os.cpu_count), POSIX names, a
# virtual working directory /home/looplab and no files (reading one fails as CPython does
# when it is missing; changing the file system is not supported). `environ` starts with
# HOME, LANG, PATH, PWD, SHELL and USER (below) and can be changed. getpid/getppid give
# fixed numbers.
import posixpath as path

name = 'posix'
sep, altsep, extsep, pathsep = '/', None, '.', ':'
curdir, pardir, linesep, devnull = '.', '..', '\n', '/dev/null'
defpath = '/bin:/usr/bin'
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
error = OSError
_CWD = '/home/looplab'


class _Environ:
    __module__ = 'os'

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        for v in (key, value):
            if type(v) is not str:
                raise TypeError(f'str expected, not {type(v).__name__}')
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        return isinstance(other, _Environ) and self._data == other._data or self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def clear(self):
        self._data.clear()

    def __or__(self, other):
        return dict(self._data) | dict(other)

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return f'environ({self._data!r})'


environ = _Environ({'HOME': '/home/looplab', 'LANG': 'C.UTF-8',
                    'PATH': '/usr/local/bin:/usr/bin:/bin', 'PWD': _CWD,
                    'SHELL': '/bin/sh', 'USER': 'looplab'})


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):   # the process environment, which os.environ does not read back
    pass


def unsetenv(key):
    pass


def getcwd():
    return _CWD


def getpid():
    return 4242


def getppid():
    return 4241


def cpu_count():
    return 4


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')


def fspath(p):
    if isinstance(p, str):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return method(p)


class PathLike:
    __module__ = 'os'

    def __fspath__(self):
        raise NotImplementedError


_urandom_generator = None


def urandom(size):
    # Bytes from a generator of Looplab's own with a fixed seed (not the program's `random`):
    # a run is repeatable, where CPython's are truly random.
    global _urandom_generator
    size = size.__index__()
    if size < 0:
        raise ValueError('negative argument not allowed')
    if _urandom_generator is None:
        import random
        _urandom_generator = random.Random(0x05EED)
    if size == 0:
        return b''
    return _urandom_generator.getrandbits(size * 8).to_bytes(size, 'little')


def _missing(p):
    p = fspath(p)
    return FileNotFoundError(2, 'No such file or directory', p)


def stat(p, *, dir_fd=None, follow_symlinks=True):
    raise _missing(p)


lstat = stat


def listdir(p='.'):
    raise _missing(p)


def scandir(p='.'):
    raise _missing(p)


def walk(top, topdown=True, onerror=None, followlinks=False):
    return iter(())   # CPython's walk reports a missing top to onerror only


def _unsupported(what):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f'os.{what}() is not supported by Looplab yet '
                                  '(the simulated machine has no file system)')
    refuse.__name__ = refuse.__qualname__ = what
    return refuse


for _name in ('mkdir', 'makedirs', 'remove', 'unlink', 'rmdir', 'removedirs', 'rename',
              'replace', 'chdir', 'system', 'kill'):
    globals()[_name] = _unsupported(_name)
del _name
