# Comprehensions of every kind.
nums = list(range(10))
print([n * n for n in nums])
print([n for n in nums if n % 3 == 0])
print([n if n % 2 else -n for n in nums])
print([(a, b) for a in range(3) for b in range(a)])
print([[r * c for c in range(3)] for r in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([x for x in range(20) if x % 2 if x % 3])

print(sorted({n % 4 for n in nums}))
print({n: n ** 2 for n in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({v: k for k, v in zip("ab", [1, 2])})

gen = (n * 2 for n in range(4))
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in nums), all(x >= 0 for x in nums))

# Comprehension variables do not leak
x = "outer"
res = [x for x in range(3)]
print(x, res)

# Comprehensions see enclosing function scope
def scale(values, factor):
    return [v * factor for v in values]
print(scale([1, 2], 3))

def nested_closure():
    k = 10
    return [[k + i + j for j in range(2)] for i in range(2)]
print(nested_closure())

# In class bodies, only the first iterable sees class names
class K:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
print(K.doubled)

# Generator expressions are lazy
log = []
def noisy(v):
    log.append(v)
    return v
g = (noisy(v) for v in range(3))
print("before", log)
print(next(g), log)
print(list(g), log)

# First iterable evaluated eagerly
def src():
    print("src called")
    return [1, 2]
g = (v for v in src())
print("created")
print(list(g))

# Nested generator expressions
print(list((a, b) for a in range(2) for b in "xy"))
print(dict((i, str(i)) for i in range(3)))
print(set(c for c in "mississippi") == {"m", "i", "s", "p"})
print(tuple(x for x in range(3)))
print(sorted(x for x in [3, 1, 2]))

# Walrus inside comprehension binds in enclosing scope
def walrus():
    [last := v for v in range(5)]
    return last
print(walrus())

# Comprehension with function calls and tuple unpacking
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num != 2])
print({name: num for num, name in pairs})
print([(i, c) for i, c in enumerate("abc", start=1)])

# Nested dict/set comprehension
print({i: {j for j in range(i)} for i in range(3)})
print([{i: i} for i in range(2)])

# Comprehension over a dict iterates keys (insertion order)
d = {"z": 1, "a": 2, "m": 3}
print([k for k in d], [d[k] for k in d], list(d), dict(d))

# Generator expression consumed partially then closed
g = (i for i in range(10))
print(next(g), next(g))
g.close()
print(list(g))

# Large comprehension
print(sum([i for i in range(10000)]), len({i % 7 for i in range(1000)}))
