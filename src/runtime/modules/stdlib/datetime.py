# datetime's Python half (see logging.rs).
import time as _time
from math import modf as _modf


def _float_us(t):
    # Microseconds as CPython rounds a float timestamp: the fraction alone, half to even.
    frac, whole = _modf(t)
    us = round(frac * 1e6)
    if us >= 1000000:
        us, whole = us - 1000000, whole + 1
    elif us < 0:
        us, whole = us + 1000000, whole - 1
    return int(whole) * 1000000 + us

MINYEAR = 1
MAXYEAR = 9999
_ymd = _time._civil_from_days
_DIM = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_SPECS = ("hours", "minutes", "seconds", "milliseconds", "microseconds", "auto")


def _ord(y, m, d):
    return _time._days_from_civil(y, m, d) + 719163


def _dim(y, m):
    return 29 if m == 2 and _time._leap(y) else _DIM[m - 1]


def _int(v):
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v


def _check_date(y, m, d):
    y, m, d = _int(y), _int(m), _int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _dim(y, m):
        raise ValueError("day is out of range for month")


def _check_time(h, mi, s, us, tz, fold):
    for v, name, hi in ((h, "hour", 23), (mi, "minute", 59), (s, "second", 59),
                        (us, "microsecond", 999999)):
        if not 0 <= _int(v) <= hi:
            raise ValueError("%s must be in 0..%d" % (name, hi))
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _ordered(cls):
    # ==, !=, <, <=, >, >= from cls._key(self, other): a pair to compare, or None.
    for name, op in (("__eq__", lambda a, b: a == b), ("__ne__", lambda a, b: a != b),
                     ("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                     ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
        def method(self, other, op=op, eq=name in ("__eq__", "__ne__"), ne=name == "__ne__"):
            k = self._key(other, eq)
            if k is None:
                return NotImplemented
            return ne if k is False else op(*k)
        method.__name__ = name
        setattr(cls, name, method)
    return cls


def _fields(cls, names):
    for n in names:
        setattr(cls, n, property(lambda self, a="_" + n: getattr(self, a)))


def _name(self):
    cls = type(self)
    return "datetime." + cls.__name__ if cls.__module__ == "datetime" else cls.__name__


def _tpname(x):
    return "datetime." + type(x).__name__ if type(x).__module__ == "datetime" else type(x).__name__


def _fmt_offset(off, sep):
    if off is None:
        return ""
    sign = "+"
    if off._us < 0:
        sign, off = "-", -off
    mm, ss = divmod(off._us // 1000000, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._us % 1000000:
        s += "%s%02d" % (sep, ss)
        if off._us % 1000000:
            s += ".%06d" % (off._us % 1000000)
    return s


def _wrap_strftime(obj, fmt, tt):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        i += 1
        if c == "%" and i < len(fmt):
            c = fmt[i]
            i += 1
            if c == "f":
                out.append("%06d" % getattr(obj, "microsecond", 0))
            elif c == "z":
                out.append(_fmt_offset(obj.utcoffset(), "") if hasattr(obj, "utcoffset") else "")
            elif c == ":" and fmt[i:i + 1] == "z":
                i += 1
                out.append(_fmt_offset(obj.utcoffset(), ":") if hasattr(obj, "utcoffset") else "")
            elif c == "Z":
                s = obj.tzname() if hasattr(obj, "tzname") else None
                out.append("" if s is None else s.replace("%", "%%"))
            else:
                out.append("%" + c)
        else:
            out.append(c)
    return _time._format("".join(out), tt, "UTC")


class timedelta:

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        exact = 0
        inexact = 0.0
        for v, scale, name in ((days, 86400000000, "days"), (seconds, 1000000, "seconds"),
                               (microseconds, 1, "microseconds"),
                               (milliseconds, 1000, "milliseconds"),
                               (minutes, 60000000, "minutes"), (hours, 3600000000, "hours"),
                               (weeks, 604800000000, "weeks")):
            if isinstance(v, int):
                exact += v * scale
            elif isinstance(v, float):
                whole = int(v)
                exact += whole * scale
                inexact += (v - whole) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        return cls._make(exact + round(inexact))

    @classmethod
    def _make(cls, us):
        d = us // 86400000000
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._us = us
        self._days, self._seconds, self._microseconds = d, us // 1000000 % 86400, us % 1000000
        return self


    def total_seconds(self):
        return self._us / 10**6

    def __repr__(self):
        args = []
        for name in ("days", "seconds", "microseconds"):
            v = getattr(self, name)
            if v:
                args.append("%s=%d" % (name, v))
        return "%s(%s)" % (_name(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self.days:
            s = "%d day%s, " % (self.days, "s" if abs(self.days) != 1 else "") + s
        if self.microseconds:
            s += ".%06d" % self.microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return timedelta._make(-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._us < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._make(self._us * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._make(_divide(self._us * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return timedelta._make(self._us // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._make(_divide(self._us, other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._make(_divide(b * self._us, a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us, other._us)
            return q, timedelta._make(r)
        return NotImplemented

    def _key(self, other, eq):
        return (self._us, other._us) if isinstance(other, timedelta) else None

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return (type(self), (self.days, self.seconds, self.microseconds))


def _divide(a, b):
    # a / b rounded half to even, as CPython's timedelta does.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0 and (r2 > b or r2 == b and q % 2) or b < 0 and (r2 < b or r2 == b and q % 2):
        q += 1
    return q


_ordered(timedelta)
_fields(timedelta, ("days", "seconds", "microseconds"))
timedelta.min = timedelta._make(-999999999 * 86400000000)
timedelta.max = timedelta._make(1000000000 * 86400000000 - 1)
timedelta.resolution = timedelta._make(1)


class IsoCalendarDate:
    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)
        self._year, self._week, self._weekday = self._t

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._t

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def _key(self, other, eq):
        return self._t, other._t if isinstance(other, IsoCalendarDate) else other

    def __hash__(self):
        return hash(self._t)


_ordered(IsoCalendarDate)
_fields(IsoCalendarDate, ("year", "week", "weekday"))


class date:
    def __new__(cls, year, month=None, day=None):
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= 3652059:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ymd(n - 719163))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            v = _parse_date(s, True)
        except Exception:
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(*v)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53 and not (week == 53 and _time._iso_week(year, 12, 28)[1] == 53):
            raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        jan4 = _ord(year, 1, 4)
        return cls.fromordinal(jan4 - (jan4 + 6) % 7 + (week - 1) * 7 + day - 1)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, 0, 0, 0, self.weekday(),
                                  _time._days_before_month(y, m) + d, -1))

    def toordinal(self):
        return _ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self, other, eq):
        if not isinstance(other, date):
            return None
        if isinstance(self, datetime) != isinstance(other, datetime):
            if eq:
                return False
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return self._cmpval(other, eq)

    def _cmpval(self, other, eq):
        return (self._year, self._month, self._day), (other._year, other._month, other._day)

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= 3652059:
                raise OverflowError("date value out of range")
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y, w = _time._iso_week(self._year, self._month, self._day)
        return IsoCalendarDate(y, w, self.isoweekday())

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_ordered(date)
_fields(date, ("year", "month", "day"))


def _parse_date(s, alone):
    # (year, month, day) of an ISO 8601 date: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D].
    if not (s[:4].isdigit() and len(s[:4]) == 4):
        raise ValueError
    y = int(s[:4])
    ext = s[4:5] == "-"
    rest = s[4 + ext:]
    if rest[:1] == "W":
        w = rest[1:3]
        has_day = rest[3:4] == "-" if ext else rest[3:4].isdigit()
        d = rest[3 + ext:4 + ext] if has_day else "1"
        if alone and len(rest) != 3 + has_day * (1 + ext) or len(w + d) != 3 or \
                not (w + d).isdigit():
            raise ValueError
        return date.fromisocalendar(y, int(w), int(d)).timetuple()[:3]
    body = rest[:5] if ext else rest[:4]
    if (alone and len(rest) != len(body)) or len(body) != 4 + ext or ext and body[2] != "-":
        raise ValueError
    m, d = body[:2], body[-2:]
    if not (m + d).isdigit():
        raise ValueError
    return y, int(m), int(d)


def _parse_time(s):
    # (hour, minute, second, microsecond, tzinfo) of an ISO 8601 time.
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tz, s = s[i:], s[:i]
            break
    h, mi, sec, us = 0, 0, 0, 0
    frac = ""
    for sep in ".,":
        if sep in s:
            s, frac = s.split(sep, 1)
            if not frac.isdigit() or len(s) not in (6, 8):
                raise ValueError
    if ":" in s:
        parts = s.split(":")
        if len(parts) > 3 or any(len(p) != 2 for p in parts):
            raise ValueError
    else:
        if len(s) not in (2, 4, 6):
            raise ValueError
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not all(p.isdigit() for p in parts):
        raise ValueError
    v = [int(p) for p in parts] + [0, 0]
    h, mi, sec = v[:3]
    if frac:
        us = int((frac + "00000")[:6])
    if tz is not None:  # an offset: callers make the timezone, whose errors show
        sign = tz[0]
        tz = timedelta(0) if tz == "Z" else timedelta(microseconds=_us_of(_parse_time(tz[1:])))
        if sign == "-":
            tz = -tz
    return h, mi, sec, us, tz


def _us_of(t):
    return ((t[0] * 60 + t[1]) * 60 + t[2]) * 1000000 + t[3]


def _tz(v):
    if len(v) in (5, 8) and v[-1] is not None:
        return v[:-1] + (timezone.utc if not v[-1] else timezone(v[-1]),)
    return v


class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        d = dt.dst()
        if d is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        dt += off - d
        d = dt.dst()
        return dt + d if d else dt


def _check_offset(off, what):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         " and timedelta(hours=24).")
    return off


class time:
    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time(hour, minute, second, microsecond, tzinfo, fold)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            v = _parse_time(s[1:] if s[:1] == "T" else s)
        except Exception:
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(*_tz(v))

    def utcoffset(self):
        return None if self._tzinfo is None else _check_offset(self._tzinfo.utcoffset(None), "utcoffset")

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else _check_offset(self._tzinfo.dst(None), "dst")

    def _key(self, other, eq):
        if not isinstance(other, time):
            return None
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if eq:
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        k = lambda t, off: ((t._hour * 60 + t._minute) * 60 + t._second) * 10**6 + \
            t._microsecond - (off._us if off is not None else 0)
        return k(self, a), k(other, b)

    def __hash__(self):
        return hash(self._key(self, True)[0])

    def __repr__(self):
        s = "%s(%d, %d" % (_name(self), self._hour, self._minute)
        if self._second or self._microsecond:
            s += ", %d" % self._second
        if self._microsecond:
            s += ", %d" % self._microsecond
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec) + _fmt_offset(self.utcoffset(), ":")

    __str__ = isoformat

    def strftime(self, format):
        return _wrap_strftime(self, format, _time.struct_time(
            (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)


_TIME = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
_ordered(time)
_fields(time, _TIME)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec not in _SPECS:
        raise ValueError("Unknown timespec value")
    return ("%02d", "%02d:%02d", "%02d:%02d:%02d", "%02d:%02d:%02d.%03d",
            "%02d:%02d:%02d.%06d")[_SPECS.index(timespec)] % (hh, mm, ss, us)[:_SPECS.index(timespec) + 1]


class datetime(date):
    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond, tzinfo, fold)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        return self

    @classmethod
    def _from_us(cls, us, tz=None):
        # The datetime `us` microseconds after 0001-01-01 00:00 (ordinal 1).
        days, us = divmod(us, 86400000000)
        if not 0 <= days < 3652059:
            raise OverflowError("date value out of range")
        s, us = divmod(us, 1000000)
        return cls(*_ymd(days + 1 - 719163), s // 3600, s // 60 % 60, s % 60, us, tz)

    def _us(self):
        return ((((self.toordinal() - 1) * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        us = _float_us(t) if isinstance(t, float) else _int(t) * 1000000
        dt = cls._from_us(us + 62135596800000000)
        if tz is None:
            return dt
        return tz.fromutc(dt.replace(tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        _warn("DeprecationWarning", "datetime.datetime.utcfromtimestamp() is deprecated and"
              " scheduled for removal in a future version. Use timezone-aware objects to"
              " represent datetimes in UTC: datetime.datetime.fromtimestamp(timestamp,"
              " datetime.UTC).")
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        _warn("DeprecationWarning", "datetime.datetime.utcnow() is deprecated and scheduled"
              " for removal in a future version. Use timezone-aware objects to represent"
              " datetimes in UTC: datetime.datetime.now(datetime.UTC).")
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            ymd = _parse_date(s, False)
            if s[4:5] == "-":
                n = (10 if s[8:9] == "-" else 8) if s[5:6] == "W" else 10
            else:
                n = (8 if s[7:8].isdigit() else 7) if s[4:5] == "W" else 8
            rest = s[n + 1:] if len(s) > n else ""
            if len(s) > n and not rest:
                raise ValueError
            v = ymd + _parse_time(rest) if rest else ymd
        except Exception:
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(*_tz(v))

    @classmethod
    def strptime(cls, date_string, format):
        v = _time._strptime(date_string, format)
        tz = None
        if v[9] is not None:
            off = timedelta(seconds=v[9])
            tz = timezone.utc if not off and v[10] is None else timezone(off, v[10]) if v[10] else timezone(off)
        return cls(v[0], v[1], v[2], v[3], v[4], v[5], v[8], tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else _check_offset(self._tzinfo.utcoffset(self), "utcoffset")

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else _check_offset(self._tzinfo.dst(self), "dst")

    def timetuple(self):
        d = self.dst()
        dst = -1 if d is None else int(bool(d))
        y, m, dd = self._year, self._month, self._day
        return _time.struct_time((y, m, dd, self._hour, self._minute, self._second,
                                  self.weekday(), _time._days_before_month(y, m) + dd, dst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        return _time.struct_time(dt.timetuple()[:8] + (0,))

    def timestamp(self):
        off = self.utcoffset() or timedelta(0)
        return (self._us() - off._us - 62135596800000000) / 1000000

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        off = self.utcoffset()
        utc = (self - off if off is not None else self).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def isoformat(self, sep="T", timespec="auto"):
        return "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _fmt_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        s = "%s(%d, %d, %d, %d, %d" % (_name(self), self._year, self._month,
                                               self._day, self._hour, self._minute)
        if self._second or self._microsecond:
            s += ", %d" % self._second
        if self._microsecond:
            s += ", %d" % self._microsecond
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _diff(self, other, eq, what):
        # (self - other) in microseconds, or None when naive meets aware in ==.
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if eq:
                return None
            raise TypeError("can't %s offset-naive and offset-aware datetimes" % what)
        if self._tzinfo is other._tzinfo:
            a = b = None
        return self._us() - other._us() - (a._us if a else 0) + (b._us if b else 0)

    def _cmpval(self, other, eq):
        d = self._diff(other, eq, "compare")
        return False if d is None else (d, 0)

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us if off else 0))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() + other._us, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() - other._us, self._tzinfo)
        if isinstance(other, datetime):
            return timedelta._make(self._diff(other, False, "subtract"))
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


_fields(datetime, _TIME)


class timezone(tzinfo):
    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % offset)
        if not offset and name is None and _utc is not None:
            return _utc
        self = object.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % self._offset
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _fmt_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_utc = None
timezone.utc = UTC = _utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)
time.min = time(0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta.resolution
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta.resolution
