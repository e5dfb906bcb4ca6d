# Iterators implemented as classes, the iteration protocol, iter/next.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for v in Countdown(2):
    print("for", v)

class Range2:
    """An iterable (not an iterator): fresh iterator each time."""
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

r = Range2(3)
print(list(r), list(r), sum(r), 2 in r, 5 in r)
print(sorted(Range2(4), reverse=True), max(Range2(5)), list(zip(r, "abc")))

class OldStyle:
    """Iteration through __getitem__ only."""
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(OldStyle()), 20 in OldStyle(), list(enumerate(OldStyle())))

class NotIterable:
    pass

try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

# iter with sentinel
vals = iter([1, 2, 3, 0, 4])
def reader():
    return next(vals)
print(list(iter(reader, 0)))

it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
it = iter("ab")
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# Iterators over builtin types
d = {"one": 1, "two": 2}
print(list(iter(d)), list(reversed([1, 2, 3])), list(reversed(range(4))))
print(list(reversed("abc")), list(reversed((1, 2))))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
print(type(iter(range(2))).__name__, type(iter({})).__name__, type(reversed([])).__name__)

# Iterator is consumed once
it = map(str, [1, 2])
print(list(it), list(it))
z = zip([1, 2], [3, 4])
print(list(z), list(z))

# Linked list with __iter__ and __len__
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return "LinkedList" + repr(tuple(self))

ll = LinkedList(1, "two", 3.0)
print(ll, len(ll), list(ll), bool(LinkedList()), bool(ll))

# Unpacking custom iterables
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Range2(5)
print(first, rest)
print(*Countdown(3), sep="-")
print([*Range2(2), *Countdown(2)])

# Iterator that raises mid-way
class Faulty:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("bad item")
        return self.i

try:
    for v in Faulty():
        print("got", v)
except ValueError as e:
    print("ValueError:", e)

# enumerate and zip over iterators, zip strict
print(list(enumerate(Countdown(3), 10)))
print(list(zip(Countdown(3), Countdown(5))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
