# random: every distribution and helper with several seeds must match CPython bit for bit.
import random
for seed in (0, 1, 7, 42, 2**32, 2**64 + 5, -3, "abc", "", 3.5 if False else 9):
    random.seed(seed)
    print(seed, random.random(), random.randint(-5, 5), random.randrange(0, 10**20), random.uniform(-1, 1))
    print(" ", random.choice(range(1000)), random.sample(range(50), 4), random.choices(range(10), k=3), random.choices("abc", cum_weights=[1, 2, 10], k=4))
    print(" ", random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(0, 1), random.expovariate(2.5), random.triangular(1, 5, 2))
    print(" ", random.betavariate(2, 5), random.gammavariate(0.5, 1), random.gammavariate(2, 3), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
    print(" ", random.paretovariate(3), random.weibullvariate(1, 1.5), random.getrandbits(1), random.getrandbits(31), random.getrandbits(33), random.getrandbits(1000) % 1000)
    lst = list(range(20)); random.shuffle(lst); print(" ", lst)
    print(" ", random.sample(["x", "y", "z"], k=2), random.randrange(7), random.randrange(10, 0, -3), random.randint(0, 2**100))
    print(" ", random.choices([1, 2, 3], weights=[0.2, 0.3, 0.5], k=5), random.uniform(5, 5), random.random())
r = random.Random("seed")
print(r.random(), r.randint(1, 6), r.sample(range(10), 3))
random.seed(None)
print(type(random.random()).__name__)
random.seed(10)
print(random.sample(set(range(5)), 2) if False else random.sample(list(range(5)), 2), random.sample(range(100), k=0))
