# Plain Python work, no awaiting: recursion, loops, dicts, strings and a class.
class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def words(count):
    for n in range(count):
        yield f"w{n % 97}"


counter = Counter()
for word in words(200_000):
    counter.add(word)
squares = sum(x * x for x in range(200_000) if x % 3)
print(fib(24), len(counter.counts), squares)
