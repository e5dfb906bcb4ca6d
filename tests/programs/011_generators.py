# Generators: functions with `yield` produce values lazily. Shows the
# execution order of a generator body versus its consumer, next() with a
# default, `yield from`, generator pipelines, send(), and return values.

def countdown(n):
    print(f"  countdown({n}) starts")
    while n > 0:
        print(f"  about to yield {n}")
        yield n
        n -= 1
    print("  countdown finished")


gen = countdown(3)
print("generator created, nothing ran yet")
print("next ->", next(gen))
for value in gen:
    print("loop got", value)
print("exhausted, next with default ->", next(gen, "done"))


def read_lines():
    yield from ["INFO start", "ERROR disk full", "INFO retry", "ERROR timeout"]


def only_errors(lines):
    for line in lines:
        if line.startswith("ERROR"):
            yield line.split(" ", 1)[1]


def numbered(items):
    number = 1
    for item in items:
        yield f"{number}: {item}"
        number += 1


for entry in numbered(only_errors(read_lines())):
    print(entry)


def running_average():
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


averager = running_average()
next(averager)
for reading in [10, 20, 60]:
    print("average now", averager.send(reading))


def with_summary():
    yield 1
    yield 2
    return "two items"


def delegate():
    summary = yield from with_summary()
    print("sub-generator returned:", summary)


print(list(delegate()))


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


first_ten = []
for number in fibonacci():
    if len(first_ten) == 10:
        break
    first_ten.append(number)
print(first_ten)
