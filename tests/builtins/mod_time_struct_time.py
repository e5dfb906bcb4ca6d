# time.struct_time is a tuple subclass of its nine fields, as CPython's struct sequence:
# indexing, slicing, unpacking, comparing and hashing as a tuple; the fields by name; the
# zone and offset by name only; its errors.
import time
t = time.gmtime(86400 * 3 + 3661)
print(t)
print(isinstance(t, tuple), type(t).__name__, type(t).__module__, len(t), t[0], t[-1], t[1:3])
print(t.tm_year, t.tm_zone, t.tm_gmtoff, t.tm_yday)
print(t == tuple(t), t < (3000,), hash(t) == hash(tuple(t)), t + (1,))
y, m, *rest = t
print(y, m, rest, list(t), t.index(1970), t.count(0))
s = time.struct_time((2026, 1, 2, 3, 4, 5, 4, 2, 0))
print(s, s.tm_zone, time.strftime("%Y-%m-%d %H:%M:%S", s))
s = time.struct_time((2026, 1, 2, 3, 4, 5, 4, 2, 0, "CET", 3600))
print(s.tm_zone, s.tm_gmtoff, len(s), repr(s)[:40])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for bad in [(1,) * 8, (1,) * 12]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
print(time.asctime(time.gmtime(0)))
print(sorted([time.gmtime(5), time.gmtime(1)])[0].tm_sec)
