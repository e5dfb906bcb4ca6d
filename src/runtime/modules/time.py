# time's Python half: the calendar (see time.rs).

timezone = altzone = daylight = 0
tzname = ("UTC", "UTC")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_month(y, m):
    return (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[m - 1] + (m > 2 and _leap(y))


def _days_from_civil(y, m, d):
    # Days since 1970-01-01 of a proleptic Gregorian date.
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _days_before_month(y, m) + d - 719163


def _civil_from_days(n):
    # (year, month, day) of days since 1970-01-01.
    n += 719468
    era = n // 146097
    doe = n - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


class struct_time(tuple):
    # A tuple of its nine fields (a tuple subclass, as CPython's struct sequence is), with
    # the zone and the offset kept beside them, by name only.
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            raise TypeError("time.struct_time() takes an %s (%d-sequence given)"
                            % ("at least 9-sequence" if len(seq) < 9 else "at most 11-sequence",
                               len(seq)))
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else None
        self._gmtoff = seq[10] if len(seq) > 10 else None
        return self

    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (k, v) for k, v in zip(_FIELDS, self))


for _i, _n in enumerate(_FIELDS):
    setattr(struct_time, _n, property(lambda self, i=_i: self[i]))
struct_time.__module__ = "time"


def _struct(secs, zone="UTC"):
    if secs is None:
        secs = time()
    elif not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    secs = int(secs // 1)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7,
                        _days_before_month(y, m) + d, 0, zone, 0))


def gmtime(secs=None):
    return _struct(secs, "GMT")


def localtime(secs=None):
    return _struct(secs)


def _check(t, fn):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fn)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return t


def mktime(t):
    y, m, d, hh, mm, ss = _check(t, "mktime")[:6]
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return float((_days_from_civil(y, m, 1) + d - 1) * 86400 + hh * 3600 + mm * 60 + ss)


def asctime(t=None):
    return _format("%c", localtime() if t is None else _check(t, "asctime"), "")


def ctime(secs=None):
    return asctime(localtime(secs))


_SHORTHANDS = {"c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S", "D": "%m/%d/%y",
               "T": "%H:%M:%S", "R": "%H:%M", "F": "%Y-%m-%d", "r": "%I:%M:%S %p", "h": "%b"}
# Numeric directives: (format, function of the 9 fields).
_NUMBERS = {
    "d": ("%02d", lambda t: t[2]), "e": ("%2d", lambda t: t[2]), "H": ("%02d", lambda t: t[3]),
    "k": ("%2d", lambda t: t[3]), "I": ("%02d", lambda t: (t[3] + 11) % 12 + 1),
    "l": ("%2d", lambda t: (t[3] + 11) % 12 + 1), "j": ("%03d", lambda t: t[7]),
    "m": ("%02d", lambda t: t[1]), "M": ("%02d", lambda t: t[4]), "S": ("%02d", lambda t: t[5]),
    "U": ("%02d", lambda t: (t[7] + 6 - (t[6] + 1) % 7) // 7),
    "W": ("%02d", lambda t: (t[7] + 6 - t[6] % 7) // 7), "w": ("%d", lambda t: (t[6] + 1) % 7),
    "u": ("%d", lambda t: t[6] % 7 + 1), "y": ("%02d", lambda t: t[0] % 100),
    "Y": ("%d", lambda t: t[0]), "C": ("%02d", lambda t: t[0] // 100),
    "s": ("%d", lambda t: mktime(tuple(t[:9]))), "G": ("%d", lambda t: _iso_week(*t[:3])[0]),
    "g": ("%02d", lambda t: _iso_week(*t[:3])[0] % 100),
    "V": ("%02d", lambda t: _iso_week(*t[:3])[1]),
}


def _expand(c, t, zone):
    if c in _NUMBERS:
        f, get = _NUMBERS[c]
        return f % get(t)
    if c in _SHORTHANDS:
        return _format(_SHORTHANDS[c], t, zone)
    if c in "aA":
        return _DAYS[t[6] % 7][:3 if c == "a" else None]
    if c in "bB":
        return _MONTHS[(t[1] - 1) % 12][:3 if c == "b" else None]
    if c in "pP":
        return ("AM", "PM", "am", "pm")[(t[3] >= 12) + 2 * (c == "P")]
    if c == "z":
        off = getattr(t, "tm_gmtoff", 0) or 0
        return "%s%02d%02d" % ("-" if off < 0 else "+", abs(off) // 3600, abs(off) // 60 % 60)
    return {"Z": zone, "n": "\n", "t": "\t", "%": "%"}.get(c)


def _iso_week(y, m, d):
    n = _days_from_civil(y, m, d)
    thursday = n - (n + 3) % 7 + 3  # the Thursday of the date's ISO week
    iy = _civil_from_days(thursday)[0]
    return iy, (thursday - _days_from_civil(iy, 1, 1)) // 7 + 1


def strftime(format, t=None):
    if t is None:
        t = localtime()
    zone = "UTC"
    if isinstance(t, struct_time):
        zone = t.tm_zone if t.tm_zone is not None else "UTC"
    _check(t, "strftime")
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError("month out of range")
    if not 0 <= t[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    if not -1 <= t[7] <= 366:
        raise ValueError("day of year out of range")
    return _format(format, t, zone)


def _format(format, t, zone):
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        flag = ""
        if format[i] in "-_0^#" and i + 1 < n:
            flag = format[i]
            i += 1
        c = format[i]
        i += 1
        text = _expand(c, t, zone)
        if text is None:
            out.append("%" + flag + c)
            continue
        if flag == "-" and text[:1] in "0 " and len(text) > 1 and c not in "Zzntp%":
            text = text.lstrip("0 ") or "0"
        elif flag == "_" and text[:1] == "0" and len(text) > 1:
            stripped = text.lstrip("0") or "0"
            text = " " * (len(text) - len(stripped)) + stripped
        elif flag == "0" and text[:1] == " ":
            text = text.replace(" ", "0")
        elif flag == "^":
            text = text.upper()
        out.append(text)
    return "".join(out)


# ----- strptime ----------------------------------------------------------------------

# Numeric fields strptime reads: (most digits, least value, greatest value).
_NUMERIC = {"d": (2, 1, 31), "m": (2, 1, 12), "H": (2, 0, 23), "I": (2, 1, 12),
            "M": (2, 0, 59), "S": (2, 0, 61), "j": (3, 1, 366), "y": (2, 0, 99),
            "Y": (4, 0, 9999), "f": (6, 0, 999999), "U": (2, 0, 53), "W": (2, 0, 53),
            "w": (1, 0, 6), "u": (1, 1, 7)}


def _match_name(data, pos, names):
    low = data[pos:].lower()
    for full in sorted(names + tuple(x[:3] for x in names), key=len, reverse=True):
        if low.startswith(full.lower()):
            return (names.index(full) if full in names else [x[:3] for x in names].index(full)), pos + len(full)
    return None, pos


def _strptime(data, format):
    # The fields of `data` parsed by `format`: (year, month, day, hour, minute, second,
    # weekday, yday, microsecond, gmtoff or None, zone name or None).
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
    fmt = format
    for k, v in _SHORTHANDS.items():
        fmt = fmt.replace("%" + k, v.replace("%e", "%d"))
    i = 0
    while i < len(fmt):
        if fmt[i] == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % format)
            if fmt[i + 1] not in _NUMERIC and fmt[i + 1] not in "aAbBpzZ%":
                raise ValueError("'%s' is a bad directive in format '%s'" % (fmt[i + 1], format))
            i += 1
        i += 1
    found = {}
    pos = 0
    i = 0
    bad = ValueError("time data %r does not match format %r" % (data, format))
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            start = pos
            while pos < len(data) and data[pos].isspace():
                pos += 1
            if pos == start:
                raise bad
            continue
        if c != "%":
            if data[pos:pos + 1].lower() != c.lower():
                raise bad
            pos += 1
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d in _NUMERIC:
            width, lo, hi = _NUMERIC[d]
            if d == "d" and data[pos:pos + 1] == " ":
                pos += 1
                width = 1
            end = pos
            while end < len(data) and end - pos < width and data[end].isdigit():
                end += 1
            if end == pos or d in "Yy" and end - pos != width:
                raise bad
            while end > pos + 1 and not lo <= int(data[pos:end]) <= hi:
                end -= 1
            text = data[pos:end]
            if not lo <= int(text) <= hi:
                raise bad
            found[d] = int(text) if d != "f" else int(text + "0" * (6 - len(text)))
            pos = end
        elif d in "aAbB":
            names = _DAYS if d in "aA" else _MONTHS
            index, pos2 = _match_name(data, pos, names)
            if index is None:
                raise bad
            found["a" if d in "aA" else "b"] = index
            pos = pos2
        elif d == "p":
            ampm = data[pos:pos + 2].lower()
            if ampm not in ("am", "pm"):
                raise bad
            found["p"] = ampm
            pos += 2
        elif d == "z":
            if data[pos:pos + 1] == "Z":
                found["z"] = 0
                pos += 1
                continue
            sign = data[pos:pos + 1]
            rest = data[pos + 1:]
            digits = rest[:8].replace(":", "")
            n = 0
            while n < len(digits) and digits[n].isdigit():
                n += 1
            if sign not in "+-" or not sign or n < 4:
                raise bad
            colon = rest[2:3] == ":"
            hh, mm = int(rest[0:2]), int(rest[3:5] if colon else rest[2:4])
            ln = 5 if colon else 4
            ss = 0
            if colon and rest[5:6] == ":" or not colon and n >= 6 and rest[4:6].isdigit():
                ss = int(rest[ln + colon:ln + colon + 2])
                ln += 2 + colon
            off = hh * 3600 + mm * 60 + ss
            found["z"] = -off if sign == "-" else off
            pos += 1 + ln
        elif d == "Z":
            for name in ("UTC", "GMT"):
                if data[pos:pos + 3].upper() == name:
                    found["Z"] = name
                    pos += 3
                    break
            else:
                raise bad
        elif data[pos:pos + 1] != "%":
            raise bad
        else:
            pos += 1
    if pos < len(data):
        raise ValueError("unconverted data remains: %s" % data[pos:])
    year = found.get("Y", 1900)
    if "y" in found:
        year = found["y"] + (2000 if found["y"] < 69 else 1900)
    month = found.get("m", found.get("b", 0) + 1)
    day = found.get("d", 1)
    hour = found.get("H", 0)
    if "I" in found:
        hour = found["I"] % 12 + (12 if found.get("p") == "pm" else 0)
    if "j" in found and "m" not in found and "d" not in found:
        n = _days_from_civil(year, 1, 1) + found["j"] - 1
        year, month, day = _civil_from_days(n)
    if day > (31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]:
        raise ValueError("day is out of range for month")
    n = _days_from_civil(year, month, day)
    return (year, month, day, hour, found.get("M", 0), found.get("S", 0), (n + 3) % 7,
            n - _days_from_civil(year, 1, 1) + 1, found.get("f", 0), found.get("z"),
            found.get("Z"))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    v = _strptime(data_string, format)
    return struct_time(v[:8] + (-1 if v[10] is None else 0, v[10], v[9]))


class _ClockInfo:
    def __init__(self, *values):
        self.implementation, self.monotonic, self.adjustable, self.resolution = values

    def __repr__(self):
        return "namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)" % (
            self.implementation, self.monotonic, self.adjustable, self.resolution)


def get_clock_info(name):
    ids = {"time": "REALTIME", "monotonic": "MONOTONIC", "perf_counter": "MONOTONIC",
           "process_time": "PROCESS_CPUTIME_ID", "thread_time": "THREAD_CPUTIME_ID"}
    if name not in ids:
        raise ValueError("unknown clock")
    return _ClockInfo("clock_gettime(CLOCK_%s)" % ids[name], name != "time", name == "time",
                      1e-09)
