# Regular expressions on bytes: HTTP-like parsing, sub with templates and functions, the type errors.
import re
data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nContent-Length: 42\r\n\r\nbody\xff"
m = re.match(rb"(?P<method>[A-Z]+) (\S+) HTTP/(\d)\.(\d)", data)
print(m, m.group(0), m.group("method"), m.groups(), m.span(2), m.groupdict())
headers = dict(re.findall(rb"^([\w-]+): (.*?)\r$", data, re.M))
print(headers, int(headers[b"Content-Length"]))
print(re.split(rb"\r\n", data), re.sub(rb"\d+", b"N", data[:30]), re.subn(rb"(\w+)\.(\w+)", rb"\2.\1", b"a.b c.d"))
print(re.sub(rb"(?i)host", lambda m: m.group().upper(), data[:40]), re.escape(b"a.b*c"), re.compile(b"x").flags, re.compile(b"x", re.I).flags)
print(re.compile(rb"\w+").findall(b"caf\xe9 na\xefve"), re.compile(r"\w+").findall("café naïve"))
print(re.search(rb"(a)|(b)", b"b").groups(), re.findall(rb"(a)|(b)", b"ab"), list(re.finditer(rb"o", b"foo")))
print(re.fullmatch(rb"[\x00-\xff]*", data) is not None, re.compile(rb"\d").search(bytearray(b"x9")).group())
print(re.search(rb"(?P<n>\d+)", b"id 12").expand(rb"<\g<n>>"), repr(re.compile(rb"a\.b", re.I)))
for bad in [lambda: re.search(rb"x", "str"), lambda: re.search(r"x", b"bytes"), lambda: re.compile(b"x", re.U),
            lambda: re.sub(rb"x", "s", b"x"), lambda: re.compile(rb"(")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for x in [b"42", b" 7 ", bytearray(b"-3"), b"4x", b"\xff1"]:
    try:
        print(int(x))
    except ValueError as e:
        print(e)
print(int(b"ff", 16), int(b"0x1f", 0))
print(float(b"1.5"), float(bytearray(b" 2e3 ")))
try:
    float(b"x")
except ValueError as e:
    print(e)
