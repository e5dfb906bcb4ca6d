# Closures: functions made by functions, called many times, counters kept in cells.
def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def compose(f, g):
    return lambda x: f(g(x))


def main():
    counters = [make_counter(n) for n in range(1, 11)]
    double_then_inc = compose(lambda x: x + 1, lambda x: x * 2)
    total = 0
    for n in range(200_000):
        total += counters[n % 10]() + double_then_inc(n)
    print(total)


main()
