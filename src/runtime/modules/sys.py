# The Python half of `sys`: `version_info`, CPython 3.12.1's: a tuple of five fields (a
# tuple subclass, as CPython's struct sequence is) that also names them.


class _VersionInfo(tuple):
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))


_VersionInfo.__name__ = _VersionInfo.__qualname__ = "version_info"
_VersionInfo.__module__ = "sys"
version_info = _VersionInfo((3, 12, 1, "final", 0))
