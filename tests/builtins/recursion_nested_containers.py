# repr, str and comparisons of deeply nested containers end in RecursionError, at the depth
# CPython gives up, with its messages; hashing nested tuples has no limit.


def nested(depth, wrap):
    x = None
    for _ in range(depth):
        x = wrap(x)
    return x


def attempt(label, action):
    try:
        result = action()
    except RecursionError as error:
        print(label, "RecursionError:", error)
    else:
        print(label, "ok", len(result) if isinstance(result, str) else result)


for depth in (1496, 1497, 100000):
    x = nested(depth, lambda x: [x])
    attempt(f"repr list {depth}", lambda: repr(x))
    attempt(f"f-string list {depth}", lambda: f"{x}")
attempt("str list", lambda: str(x))

attempt("repr tuple", lambda: repr(nested(100000, lambda x: (x,))))
attempt("repr dict", lambda: repr(nested(100000, lambda x: {"key": x})))
attempt("repr set", lambda: repr(nested(100000, lambda x: frozenset([x]))))

for depth in (1498, 1499, 100000):
    x = nested(depth, lambda x: [x])
    y = nested(depth, lambda x: [x])
    attempt(f"== {depth}", lambda: x == y)
    attempt(f"!= {depth}", lambda: x != y)
    attempt(f"< {depth}", lambda: x < y)

a = nested(100000, lambda x: (x,))
b = nested(100000, lambda x: (x,))
attempt("== tuples", lambda: a == b)
attempt("in list", lambda: a in [b])
attempt("dict of lists", lambda: nested(100000, lambda x: {"k": [x]}) == nested(100000, lambda x: {"k": [x]}))
attempt("hash tuple", lambda: hash(a) == hash(b))
attempt("tuple as key", lambda: {a: 1}.get(a))


class Box:
    def __init__(self, inner):
        self.inner = inner

    def __eq__(self, other):
        return self.inner == other.inner


attempt("user __eq__", lambda: nested(10000, Box) == nested(10000, Box))
print("done")
