# `enum`, written for Looplab's VM after CPython 3.12's behaviour: members are instances of
# their class made when the class is; EnumType (the metaclass) gives the class its
# iteration, lookup by value and by name, and the reprs. A member of an enum with a data
# type (`class Status(str, Enum)`, IntEnum, StrEnum, IntFlag) is an instance of that type,
# made by its `__new__`.

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,) if self.value is not _auto_null else "auto(...)"


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_member(name, value):
    return not (_is_dunder(name) or _is_sunder(name) or _is_descriptor(value)
                or isinstance(value, type) or name.startswith("_"))


class EnumType(type):
    def __new__(mcls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        names = [k for k, v in classdict.items() if _is_member(k, v)]
        values = {k: classdict.pop(k) for k in names}
        classdict["_member_names_"] = []
        classdict["_member_map_"] = {}
        classdict["_value2member_map_"] = {}
        own_new = classdict.pop("__new__", None)
        enum_class = super().__new__(mcls, cls, bases, classdict, **kwds)
        if own_new is not None:
            # Kept to make members; calling the class looks members up instead.
            type.__setattr__(enum_class, "_member_maker_", own_new)
        data_type = enum_class._data_type_()
        type.__setattr__(enum_class, "_member_type_", data_type or object)
        kept = set(classdict)
        if data_type is not None and ReprEnum is not None and ReprEnum in bases:
            # str() and format() are the data type's; only repr() says the enum.
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", data_type.__format__)
                kept.add("__format__")
            if "__str__" not in classdict:
                method = data_type.__str__
                if method is object.__str__:
                    method = data_type.__repr__
                type.__setattr__(enum_class, "__str__", method)
                kept.add("__str__")
        enum_bases = [base for base in bases if isinstance(base, EnumType)]
        if data_type is not None and enum_bases:
            # The data type comes first in the MRO: its repr and str would win over the enum's.
            first_enum = enum_bases[-1]
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in kept:
                    found = getattr(enum_class, name, None)
                    if found in (getattr(data_type, name, None), getattr(object, name, None)):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        if data_type is not None and Flag is not None and issubclass(enum_class, Flag):
            # The data type's operators would come first in the MRO.
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                       "__invert__"):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        generate = enum_class._generate_next_value_
        last = []
        for name in names:
            value = values[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, len(last), last[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(name, 1, len(last), last[:]) if isinstance(v, auto)
                              else v for v in value)
            last.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    def _data_type_(cls):
        # The type members are instances of besides the enum (str in `class S(str, Enum)`).
        for base in cls.__mro__[1:]:
            if base is object or isinstance(base, EnumType):
                continue
            return base
        return None

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        new = getattr(cls, "_member_maker_", None)
        data_type = cls._member_type_
        if new is not None:
            member = new(cls, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if data_type is object else data_type(*args)
        elif data_type is not object:
            member = data_type.__new__(cls, *args)
            member._value_ = data_type(*args)
        else:
            member = object.__new__(cls)
            member._value_ = value
        member._name_ = name
        member._sort_order_ = len(cls._member_names_)
        if "__init__" in cls.__dict__ or any("__init__" in b.__dict__ for b in cls.__mro__[1:]
                                             if b not in (Enum, Flag, object)):
            member.__init__(*args)
        for existing in cls._member_map_.values():
            if existing._value_ == member._value_:
                member = existing          # an alias: another name for that member
                break
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
        cls._member_map_[name] = member
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new_member__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def __new_member__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        if found is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, found))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        body = {"__module__": module or "__main__", "__qualname__": qualname or class_name}
        for name, value in items:
            body[name] = value
        bases = (cls,) if type is None else (type, cls)
        return EnumType.__new__(EnumType, class_name, bases, body)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return any(m._value_ == value for m in cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("cannot reassign member %r" % (name,))
        type.__setattr__(cls, name, value)


EnumMeta = EnumType
Flag = None
ReprEnum = None


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        names += [k for k in type(self).__dict__ if not k.startswith("_")
                  and k not in type(self)._member_map_]
        return sorted(set(names))


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary:
    STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        return 2 ** max(last_values).bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        every = 0
        for member in cls._member_map_.values():
            every |= member._value_
        if value < 0:
            value = every & value
        if value & ~every and not issubclass(cls, IntFlag):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        pseudo = int.__new__(cls, value) if issubclass(cls, int) else object.__new__(cls)
        pseudo._value_ = value
        parts = [m._name_ for m in cls._single_members_() if m._value_ & value == m._value_]
        pseudo._name_ = "|".join(parts) if parts else None
        if issubclass(cls, IntFlag) and value & ~every:
            pseudo._name_ = None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _single_members_(cls):
        members = [cls._member_map_[n] for n in cls._member_names_]
        return [m for m in members if m._value_ and m._value_ & (m._value_ - 1) == 0]

    def __repr__(self):
        name = type(self).__name__
        if self._name_ is None:
            return "<%s: %r>" % (name, self._value_)
        return "<%s.%s: %r>" % (name, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __iter__(self):
        return iter([m for m in type(self)._single_members_() if m._value_ & self._value_])

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def _combine(self, other, op):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (isinstance(other, int) and isinstance(self, IntFlag)):
            return NotImplemented
        return type(self)(op(self._value_, other))

    def __or__(self, other):
        return self._combine(other, lambda a, b: a | b)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a & b)

    def __xor__(self, other):
        return self._combine(other, lambda a, b: a ^ b)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        every = 0
        for member in type(self)._member_map_.values():
            every |= member._value_
        return type(self)(every & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    pass


def unique(enumeration):
    duplicates = [(name, member._name_) for name, member in enumeration._member_map_.items()
                  if name != member._name_]
    if duplicates:
        text = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, text))
    return enumeration
