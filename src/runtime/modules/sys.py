# The Python half of `sys`: `version_info`, CPython 3.12.1's, a named tuple of five fields
# that compares, indexes, slices and unpacks as a tuple does.


class _VersionInfo:
    __slots__ = ()
    _values = (3, 12, 1, "final", 0)

    major = property(lambda self: 3)
    minor = property(lambda self: 12)
    micro = property(lambda self: 1)
    releaselevel = property(lambda self: "final")
    serial = property(lambda self: 0)

    def __repr__(self):
        return "sys.version_info(major=3, minor=12, micro=1, releaselevel='final', serial=0)"

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._values)

    def __getitem__(self, index):
        return self._values[index]

    def __hash__(self):
        return hash(self._values)

    def __eq__(self, other):
        return self._values == _as_tuple(other)

    def __ne__(self, other):
        return self._values != _as_tuple(other)

    def __lt__(self, other):
        return self._values < _as_tuple(other)

    def __le__(self, other):
        return self._values <= _as_tuple(other)

    def __gt__(self, other):
        return self._values > _as_tuple(other)

    def __ge__(self, other):
        return self._values >= _as_tuple(other)

    def index(self, value):
        return self._values.index(value)

    def count(self, value):
        return self._values.count(value)


def _as_tuple(other):
    if isinstance(other, _VersionInfo):
        return other._values
    return other


_VersionInfo.__name__ = _VersionInfo.__qualname__ = "version_info"
_VersionInfo.__module__ = "sys"
version_info = _VersionInfo()
