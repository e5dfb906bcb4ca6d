class Registry(dict):
    def register(self, name, value):
        self[name] = value
        return self
    def __missing__(self, key):
        return f"<no {key}>"
r = Registry(a=1)
r.register("b", 2)
print(r, len(r), r["a"], r["zz"], list(r), r.get("zz"), "a" in r, isinstance(r, dict), type(r).__name__, r == {"a": 1, "b": 2})
print(dict(r), sorted(r.items()), {**r}, r.keys())
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2]); s.push(3)
print(s, s.peek(), len(s), s + [4], [0] + s, s == [1, 2, 3], s[1:], sum(s), max(s))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return f"Pair{tuple.__repr__(self)}"
p = Pair(1, 2)
a, b = p
print(p, p.first, a, b, p == (1, 2), hash(p) == hash((1, 2)), len(p), p < Pair(1, 3), isinstance(p, tuple))
class Counted(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.hits = 0
    def __getitem__(self, k):
        self.hits += 1
        return super().__getitem__(k)
c = Counted({"x": 1}); c["x"]; c["x"]
print(c.hits, c, c.__dict__)
import json
print(json.dumps(r), json.dumps(s), json.dumps(p))
