# The Python half of `sys`: `version_info`, CPython 3.12.1's, and `flags`, those of a plain
# `python3 main.py`: tuples (subclasses, as CPython's struct sequences are) that also name
# their fields.


# Named as CPython's type is (the name is rebound to the one instance below).
class version_info(tuple):
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))


version_info.__module__ = "sys"
version_info = version_info((3, 12, 1, "final", 0))


_FLAGS = (("debug", 0), ("inspect", 0), ("interactive", 0), ("optimize", 0),
          ("dont_write_bytecode", 0), ("no_user_site", 0), ("no_site", 0),
          ("ignore_environment", 0), ("verbose", 0), ("bytes_warning", 0), ("quiet", 0),
          ("hash_randomization", 1), ("isolated", 0), ("dev_mode", False), ("utf8_mode", 0),
          ("warn_default_encoding", 0), ("safe_path", False), ("int_max_str_digits", 4300))


# Named as CPython's type is (the name is rebound to the one instance below).
class flags(tuple):
    def __repr__(self):
        return "sys.flags(%s)" % ", ".join(
            "%s=%r" % (name, value) for (name, _), value in zip(_FLAGS, self))


for _i, (_name, _) in enumerate(_FLAGS):
    setattr(flags, _name, property(lambda self, i=_i: self[i]))
flags.__module__ = "sys"
flags = flags(value for _, value in _FLAGS)
