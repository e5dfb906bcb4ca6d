# json.loads: values of every kind, numbers (big ints, floats, constants), string escapes,
# whitespace, duplicate keys, the hooks, and JSONDecodeError's messages and attributes.
import json

def show(label, f):
    try:
        print(label, repr(f()))
    except json.JSONDecodeError as e:
        print(label, type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == label)
    except Exception as e:
        print(label, type(e).__name__, e)

for text in ["null", "true", "false", "0", "-0", "1", "-1", "123456789012345678901234567890",
             "-98765432109876543210", "0.5", "-0.0", "1e3", "1E3", "1e-3", "1.5e+10", "2.5E-2",
             "1e400", "-1e400", "1e-400", "0.1", "3.141592653589793", "12345678901234567890.0",
             "NaN", "Infinity", "-Infinity", '""', '"abc"', '"a\\"b"', '"\\\\"', '"\\/"',
             '"\\b\\f\\n\\r\\t"', '"\\u00e9"', '"\\u00E9\\u20AC"', '"\\ud83d\\ude00"',
             '"caf\u00e9 \u4e2d"', "[]", "{}", "[1, 2, [3, [4]]]",
             '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '  \t\n\r 7 \n ',
             '{"a": 1, "a": 2, "b": 3, "a": 4}', '[ 1 , 2 ]', '{ "k" : "v" }', "[{}, [], {}]",
             '{"": 0}', '{"1": 1, "x": {"y": {"z": [null]}}}']:
    show(text, lambda: json.loads(text))

errors = ["", " ", "x", "nul", "tru", "True", "None", "nan", "inf", "-", "-x", "+1", "01", "00",
          "1.", ".5", "1.e5", "1e", "1e+", "1ex", "-Infinityx", "[", "[1", "[1,", "[1,]", "[,1]",
          "[1 2]", "]", "{", "{}x", '{"a"', '{"a":', '{"a": 1', '{"a": 1,', '{"a": 1,}', "{1: 2}",
          "{'a': 1}", '{"a" 1}', '{"a": 1 "b": 2}', '"abc', '"abc\\', '"\\x"', '"\\u12"',
          '"\\u12x5"', '"\\u123', '"\\ud83d\\uzzzz"', '"tab\there"', '"new\nline"', "1 2",
          "[1] [2]", "[1]\n\n  x", "\n\n[\n1,\n2,,\n]", "\ufeff[1]", "\ufeff", "[1, 2] // c",
          '"\\u00e9" x', "[\"\u00e9\u00e9\", 1, x]", "{\"\u4e2d\": 1,}"]
for text in errors:
    show(text, lambda: json.loads(text))

show("strict=False", lambda: json.loads('"tab\there"', strict=False))
show("object_hook", lambda: json.loads('{"a": {"b": 1}, "c": [{}]}', object_hook=lambda d: sorted(d)))
show("object_pairs_hook", lambda: json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=lambda p: p))
show("both hooks", lambda: json.loads('{"a": 1}', object_hook=len, object_pairs_hook=tuple))
show("parse_float", lambda: json.loads("[1.5, 2, 3e2, -0.25]", parse_float=lambda s: "F" + s))
show("parse_int", lambda: json.loads("[1.5, 2, -30, 0]", parse_int=lambda s: "I" + s))
show("parse_int=float", lambda: json.loads("[1, -2]", parse_int=float))
show("parse_constant", lambda: json.loads("[NaN, Infinity, -Infinity, 1]", parse_constant=lambda s: s + "!"))
show("parse_float raises", lambda: json.loads("[1.5]", parse_float=int))
show("hook raises", lambda: json.loads('{"a": 1}', object_hook=lambda d: 1 / 0))
show("loads(5)", lambda: json.loads(5))
show("loads(None)", lambda: json.loads(None))
show("loads()", lambda: json.loads())
show("loads('1', 2)", lambda: json.loads("1", 2))
show("loads(s='[1]')", lambda: json.loads(s="[1]"))
show("loads('1', foo=1)", lambda: json.loads("1", foo=1))
show("big int", lambda: json.loads("1" * 4300) == int("1" * 4300))
show("too big int", lambda: json.loads("1" * 4301))
show("nan", lambda: json.loads("NaN") != json.loads("NaN"))
print(json.loads('{"z": 1, "a": 2, "m": 3}'), list(json.loads('{"z": 1, "a": 2, "m": 3}')))

e = json.JSONDecodeError("Custom message", "line one\nline two\nthree", 14)
print(type(e).__name__, e, e.args, e.msg, e.pos, e.lineno, e.colno)
print(isinstance(e, ValueError), issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
print(json.JSONDecodeError("m", "abc", 0), json.JSONDecodeError("m", "\n\n", 2), json.JSONDecodeError("m", "ab", -1))
show("JSONDecodeError('m')", lambda: json.JSONDecodeError("m"))
try:
    raise json.JSONDecodeError("boom", "{}", 1)
except ValueError as caught:
    print("caught as ValueError:", caught)

doc = json.dumps({"list": [1, 2.5, "three", None, True], "nested": {"deep": [[{}]]}, "u": "\u00e9\U0001f600"})
print(doc)
print(json.loads(doc))
print(repr(json.loads(doc)) == repr({"list": [1, 2.5, "three", None, True], "nested": {"deep": [[{}]]}, "u": "\u00e9\U0001f600"}))
print(json.loads(json.dumps(doc)) == doc)
for value in [0.1, 1 / 3, 1e300, -2.5e-310, 10**40, "\u2028", [1, [2, {"3": 4}]]]:
    print(repr(value), repr(json.loads(json.dumps(value))) == repr(value))

print(len(json.loads("[" * 1400 + "]" * 1400)))
show("too deep array", lambda: json.loads("[" * 1600 + "]" * 1600))
show("too deep object", lambda: json.loads('{"a":' * 1600 + "1" + "}" * 1600))
show("deep and broken", lambda: json.loads("[" * 50 + "1, }" + "]" * 50))
