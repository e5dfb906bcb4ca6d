# An uncaught exception raised inside a generator consumed by a for loop.
def parse(lines):
    for n, line in enumerate(lines, 1):
        if not line:
            raise ValueError(f"empty line {n}")
        yield int(line)

total = 0
for value in parse(["1", "2", "", "4"]):
    total += value
    print("running total", total)
print("done", total)
