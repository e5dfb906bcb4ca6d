# Function arguments: defaults, *args and **kwargs, keyword-only parameters
# after `*`, argument unpacking at the call site, tuple unpacking with a
# starred target, and lambdas.

def make_request(url, method="GET", *headers, timeout=5.0, **options):
    print(f"{method} {url} timeout={timeout} headers={headers} options={options}")


make_request("/users")
make_request("/users", "POST", "Accept: json", "X-Trace: 1", timeout=2.5, retries=3)
args = ["/orders", "PUT"]
extra = {"timeout": 1.0, "verbose": True}
make_request(*args, **extra)


def summarize(prompt, *, model="small", max_tokens=100):
    return f"[{model}/{max_tokens}] {prompt[:20]}"


print(summarize("Explain the event loop in one line", max_tokens=30))
try:
    summarize("positional model?", "large")
except TypeError as err:
    print("TypeError:", err)


def total(*numbers, start=0):
    return start + sum(numbers)


print(total(1, 2, 3), total(start=10), total(*range(5), start=100))


def append_to(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2))

first, *middle, last = [10, 20, 30, 40, 50]
print(first, middle, last)
head, *tail = "abc"
print(head, tail)
(a, b), c = (1, 2), 3
a, b = b, a
print(a, b, c)
for name, (x, y) in [("origin", (0, 0)), ("corner", (3, 4))]:
    print(name, (x * x + y * y) ** 0.5)

square = lambda value: value * value
adders = [lambda x, n=n: x + n for n in range(3)]
print(square(7), [add(10) for add in adders])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda *a, **k: (a, k))(1, 2, z=3))
