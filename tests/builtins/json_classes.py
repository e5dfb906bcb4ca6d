# json's JSONEncoder and JSONDecoder classes (subclassed, and passed as cls=), dump and load
# with file-like objects, raw_decode and iterencode.
import json

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents

class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"cents": o.cents}
        return super().default(o)

show("cls encoder", lambda: json.dumps({"price": Money(250)}, cls=MoneyEncoder))
show("cls encoder sort/indent", lambda: json.dumps({"b": Money(1), "a": [Money(2)]}, cls=MoneyEncoder, sort_keys=True, indent=2))
show("cls encoder falls back", lambda: json.dumps({"s": {1}}, cls=MoneyEncoder))
show("cls encoder unknown kw", lambda: json.dumps(1, cls=MoneyEncoder, foo=1))

encoder = json.JSONEncoder()
print(encoder.item_separator, encoder.key_separator, encoder.indent, encoder.sort_keys,
      encoder.skipkeys, encoder.ensure_ascii, encoder.check_circular, encoder.allow_nan)
print(encoder.encode({"a": [1, 2]}), encoder.encode("\u00e9"), encoder.encode(1.5))
show("encode(set)", lambda: encoder.encode({1}))
show("default(1)", lambda: encoder.default(1))
compact = json.JSONEncoder(separators=(",", ":"), sort_keys=True, ensure_ascii=False)
print(compact.item_separator, compact.key_separator, compact.encode({"b": "\u00e9", "a": [1, 2]}))
pretty = json.JSONEncoder(indent=3)
print(repr(pretty.item_separator), repr(pretty.key_separator), pretty.encode([1, {"k": []}]))
chunks = ""
for chunk in pretty.iterencode({"x": [1, 2]}):
    chunks += chunk
print(chunks)
with_default = json.JSONEncoder(default=lambda o: "<" + type(o).__name__ + ">")
print(with_default.encode([Money(1), {2}]))
show("JSONEncoder(1)", lambda: json.JSONEncoder(1))
show("JSONEncoder(foo=1)", lambda: json.JSONEncoder(foo=1))
show("encode()", lambda: encoder.encode())
show("encode(1, 2)", lambda: encoder.encode(1, 2))
encoder.sort_keys = True
encoder.item_separator = " | "
print(encoder.encode({"b": 1, "a": 2}))

class Hooked(json.JSONEncoder):
    def __init__(self, **kw):
        kw["indent"] = 1
        super().__init__(**kw)

show("cls sets indent", lambda: json.dumps([1, [2]], cls=Hooked))

class UpperDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.upper_keys, **kw)

    def upper_keys(self, d):
        result = {}
        for key in d:
            result["K_" + key] = d[key]
        return result

show("cls decoder", lambda: json.loads('{"a": {"b": 2}}', cls=UpperDecoder))
show("cls decoder parse_int", lambda: json.loads('{"a": [1, 2]}', cls=UpperDecoder, parse_int=float))
show("cls decoder unknown kw", lambda: json.loads("1", cls=UpperDecoder, foo=1))

decoder = json.JSONDecoder()
print(decoder.object_hook, decoder.strict, decoder.object_pairs_hook)
print(decoder.decode(' [1, "two", {"3": null}] '))
print(decoder.raw_decode('{"a": 1} trailing'), decoder.raw_decode("[1]  [2]", 5), decoder.raw_decode("12x"))
show("raw_decode leading space", lambda: decoder.raw_decode(" 1"))
show("raw_decode(-1)", lambda: decoder.raw_decode("1", -1))
show("raw_decode past end", lambda: decoder.raw_decode("1", 5))
show("decode(5)", lambda: decoder.decode(5))
show("raw_decode(5)", lambda: decoder.raw_decode(5))
show("decode extra", lambda: decoder.decode("1 2"))
lenient = json.JSONDecoder(strict=False, parse_float=lambda s: -1)
print(lenient.decode('["a\tb", 2.5]'))
show("JSONDecoder(foo=1)", lambda: json.JSONDecoder(foo=1))
show("JSONDecoder(1)", lambda: json.JSONDecoder(1))

class Sink:
    def __init__(self):
        self.text = ""

    def write(self, chunk):
        self.text += chunk

class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text

sink = Sink()
print(json.dump({"a": [1, 2, None]}, sink), sink.text)
sink = Sink()
json.dump({"b": 1, "a": {"c": Money(5)}}, sink, cls=MoneyEncoder, indent=2, sort_keys=True)
print(sink.text)
show("dump set", lambda: json.dump({1}, Sink()))
show("dump no fp", lambda: json.dump(1))
show("dump bad fp", lambda: json.dump(1, 5))
print(json.load(Source('{"k": [true, false]}')))
print(json.load(Source('{"k": 1.5}'), parse_float=lambda s: s + "!"))
show("load bad", lambda: json.load(Source("[1,")))
show("load bytes-less", lambda: json.load(Source(5)))
show("load()", lambda: json.load())
