# urllib.parse with bytes: quote/quote_plus/urlencode of bytes, quote_from_bytes, unquote_to_bytes, unquote with an encoding.
from urllib.parse import quote, quote_plus, unquote, unquote_to_bytes, quote_from_bytes, urlencode, unquote_plus
print(quote(b"a b/\xff"), quote_from_bytes(b"x y", safe=""), quote_plus(b"a b&c"))
print(unquote_to_bytes("a%20b%ZZ%e2%82%ac"), unquote_to_bytes(b"%41%42"), unquote_to_bytes(""))
print(unquote("caf%E9", encoding="latin-1"), unquote(b"%41b"), unquote("%ff", errors="strict") if False else "")
print(quote("café", encoding="latin-1"), quote("a€", errors="strict"))
print(urlencode({"q": b"r\xe9sum\xe9", "n": 3, "t": "x y"}), urlencode([("k", [b"a", "b c"])], doseq=True))
print(unquote_plus("a+b%20c"), quote("/path with space/"))
for bad in [lambda: quote(3), lambda: quote(b"x", encoding="utf-8"), lambda: quote_from_bytes("s"),
            lambda: unquote("%ff", errors="strict")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
