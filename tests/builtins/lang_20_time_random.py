# import time, import random: seeded results must match CPython exactly.
import random
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__)
time.sleep(0)
print(time.monotonic() >= m0, time.perf_counter() >= p0)

random.seed(7)
print(random.random(), random.random())
print(random.uniform(0, 1), random.uniform(1.5, 2.5))
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 100))
print([random.randint(0, 9) for _ in range(10)])
print(random.randrange(10), random.randrange(0, 100, 5), random.randrange(5, 10))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(100)))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
print(random.choices([1, 2, 3], k=5), random.choices("xy", weights=[1, 9], k=6))
print(random.gauss(0, 1), random.normalvariate(10, 2))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
print(random.expovariate(1.0), random.triangular(0, 1))

random.seed(42)
delays = [round(random.uniform(0.1, 0.5), 3) for _ in range(5)]
print(delays)
random.seed(42)
print(random.uniform(0.1, 0.5))

random.seed("hello")
print(random.random())
random.seed(0)
print(random.random(), random.randint(1, 10))
random.seed(2 ** 40 + 3)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(3.5) if False else None

r = random.Random(123)
print(r.random(), r.randint(1, 1000), r.choice([1, 2, 3]))
r2 = random.Random(123)
print(r2.random() == random.Random(123).random())


random.seed(7)
jobs = ["fetch", "parse", "store"]
plan = {job: round(random.uniform(0, 2), 2) for job in jobs}
print(plan)
random.seed(1)
print(random.randint(0, 2 ** 70), random.randrange(-10, 10), random.random() < 1)
random.seed(99)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7])
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
print(time.strftime("%Y", time.gmtime(0)) if hasattr(time, "strftime") else "1970")

state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
