data = b"hello world"
print(data, repr(data), type(data).__name__, len(data), data[0], data[-1], data[1:5], data[::2])
print(b"it's", b'say "hi"', b'both \' and "', b"\x00\x7f\x80\xff\t\n\r\\")
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes("héllo", "utf-8"), bytes(range(5)))
print("héllo".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "€".encode())
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
print(data.upper(), data.split(), data.split(b"o"), data.replace(b"l", b"L"), data.find(b"o"), data.count(b"l"))
print(data.startswith(b"he"), data.endswith((b"x", b"ld")), b"  x  ".strip(), b"a,b,,c".split(b","), b"-".join([b"a", b"b"]))
print(data.hex(), bytes.fromhex("de ad be ef"), b"\x01\x02".hex(":"), b"abc" + b"def", b"ab" * 3, 2 * b"x")
print(b"a" == b"a", b"a" < b"b", b"a" == "a", hash(b"abc") == hash("abc"), {b"k": 1}[b"k"])
print(b"%s is %d years" % (b"ada", 36), b"%05.1f|%x" % (3.14159, 255), b"x" in b"xyz", 120 in b"xyz")
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode(), bytearray(3), bytearray("hi", "ascii"))
del ba[0]; ba[0:2] = b"XY"
print(ba, ba.upper(), ba == b"XYdef", isinstance(ba, bytearray), isinstance(data, bytes))
print(b"line1\nline2\r\nline3".splitlines(), b"a b".partition(b" "), b"x".isalpha(), b"12".isdigit())
print(str(b"x"), f"{b'x'}", f"{b'x'!r}", [b"a", bytearray(b"b")], (b"t",))
for bad in [lambda: b"\xff".decode(), lambda: b"\xe2\x82".decode(), lambda: "é".encode("ascii"),
            lambda: b"\x80".decode("ascii"), lambda: b"a" + "b", lambda: "a" + b"b", lambda: bytes("x"),
            lambda: b"a"[5], lambda: bytes([300]), lambda: "x".encode("nope"), lambda: b"%s" % "str",
            lambda: hash(bytearray(b"x")), lambda: b"abc".index(b"z")]:
    try:
        print(bad())
    except Exception as error:
        print(type(error).__name__ + ":", error)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"), "é".encode("ascii", "replace"))
import json
print(json.loads(b'{"a": 1}'))
