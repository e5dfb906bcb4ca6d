# json.dumps: every kind of value, float reprs, escapes, keys, separators, indentation,
# sort_keys, skipkeys, ensure_ascii, default, allow_nan, check_circular and the errors.
import json

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for value in [None, True, False, 0, -1, 10**30, -2**64, 0.0, -0.0, 1.5, 0.1, 1e16, 1e22, 1e-7,
              123456789.123, 2.5e-320, 1.7976931348623157e308, float("inf"), float("-inf"),
              float("nan"), "", "plain", 'quote " and \\ backslash', "tab\tnew\nline\rcr",
              "\b\f\x00\x01\x1f\x7f", "caf\u00e9", "\u20ac \u4e2d", "\U0001f600 \U00010000",
              "/slash/", "\u2028\u2029", [], (), {}, [1, "a", None], (1, (2, (3,))),
              {"a": 1, "b": [1, 2], "c": {"d": None}}, [[[]]], [{}], {"": ""}]:
    show(f"dumps({value!r})", lambda: json.dumps(value))
    show("  ensure_ascii=False", lambda: json.dumps(value, ensure_ascii=False))

print(json.dumps({1: "int", 2.5: "float", True: "true", False: "false", None: "null", "s": "str"}))
print(json.dumps({-0.0: 1, 1e100: 2, 10**20: 3, float("inf"): 4, float("-inf"): 5}))
print(json.dumps({float("nan"): 1}))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
show("tuple key skipkeys", lambda: json.dumps({(1, 2): 3, "a": 1, frozenset(): 2, "b": 2}, skipkeys=True))
show("only skipped", lambda: json.dumps({(1, 2): 3}, skipkeys=True))
show("skipped first, indent", lambda: json.dumps({(1,): 1, "x": 2}, skipkeys=True, indent=2))

d = {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}
print(json.dumps(d), json.dumps(d, sort_keys=True))
show("mixed keys sorted", lambda: json.dumps({1: "a", "2": "b"}, sort_keys=True))
show("int keys sorted", lambda: json.dumps({3: "c", 1: "a", 2: "b", -5: "x"}, sort_keys=True))
show("float/int keys sorted", lambda: json.dumps({3: "c", 1.5: "a", True: "t"}, sort_keys=True))

data = {"name": "Looplab", "tags": ["a", "b"], "nested": {"empty": [], "obj": {}, "n": [1, [2, 3]]}, "t": (1,)}
for indent in [None, 0, 1, 2, 4, -1, "", "\t", "--", True]:
    show(f"indent={indent!r}", lambda: json.dumps(data, indent=indent))
show("indent=2.5", lambda: json.dumps([1], indent=2.5))
show("indent=[]", lambda: json.dumps([1], indent=[]))
for separators in [(",", ":"), (", ", ": "), (" , ", " : "), [";", "="], ("", "")]:
    show(f"separators={separators!r}", lambda: json.dumps(data, separators=separators))
    show(f"separators={separators!r} indent=1", lambda: json.dumps(data, separators=separators, indent=1))
show("separators=(1, 2)", lambda: json.dumps([1], separators=(1, 2)))
show("separators=(',', 2)", lambda: json.dumps([1], separators=(",", 2)))
show("separators=(1, ':')", lambda: json.dumps([1], separators=(1, ":")))
show("separators=(',',)", lambda: json.dumps([1], separators=(",",)))
show("separators=5", lambda: json.dumps([1], separators=5))
show("compact", lambda: json.dumps(data, separators=(",", ":"), sort_keys=True))

for value in [float("nan"), [1, float("inf")], {"a": float("-inf")}, {float("nan"): 1}, 1.0]:
    show(f"allow_nan=False {value!r}", lambda: json.dumps(value, allow_nan=False))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")

show("set", lambda: json.dumps({1, 2}))
show("set in list", lambda: json.dumps([1, {2}]))
show("object", lambda: json.dumps(Point(1, 2)))
show("bytes-like", lambda: json.dumps(range(3)))
show("function", lambda: json.dumps(len))
show("default", lambda: json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
show("default nested", lambda: json.dumps({"p": Point(Point(0, 0), [Point(1, 1)])}, default=encode_point))
show("default indent", lambda: json.dumps({"p": Point(1, 2)}, default=encode_point, indent=2))
show("default raises", lambda: json.dumps([1, range(2)], default=encode_point))
show("default returns str", lambda: json.dumps({"when": Point(1, 2)}, default=lambda o: "a point"))
show("default returns itself", lambda: json.dumps(Point(1, 2), default=lambda o: o))
show("default=repr", lambda: json.dumps([range(2)], default=repr))
show("default endless", lambda: json.dumps(Point(1, 2), default=lambda o: Point(o, 0)))

a = [1, 2]
a.append(a)
show("circular list", lambda: json.dumps(a))
b = {"k": 1}
b["self"] = b
show("circular dict", lambda: json.dumps(b))
show("circular indent", lambda: json.dumps(b, indent=2))
shared = [1]
show("shared not circular", lambda: json.dumps([shared, shared, {"x": shared}]))
show("circular unchecked", lambda: json.dumps(a, check_circular=False))
show("circular unchecked indent", lambda: json.dumps(a, check_circular=False, indent=1))

show("big int", lambda: json.dumps(10**5000))
show("dumps()", lambda: json.dumps())
show("dumps(1, 2)", lambda: json.dumps(1, 2))
show("dumps(obj=1)", lambda: json.dumps(obj=1))
show("dumps(1, obj=1)", lambda: json.dumps(1, obj=1))
show("dumps(1, foo=2)", lambda: json.dumps(1, foo=2))
show("dumps(1, sort_keys=1, skipkeys=[])", lambda: json.dumps({"b": 1, "a": 2}, sort_keys=1, skipkeys=[]))
show("ensure_ascii=0", lambda: json.dumps("\u00e9", ensure_ascii=0))

deep = []
for i in range(1400):
    deep = [deep]
print(len(json.dumps(deep)))
for i in range(200):
    deep = [deep]
show("too deep", lambda: len(json.dumps(deep)))
show("too deep indent", lambda: len(json.dumps(deep, indent=1)))
nested = {}
for i in range(500):
    nested = {"k": nested}
print(len(json.dumps(nested)), len(json.dumps(nested, indent=1)))
