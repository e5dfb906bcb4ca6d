# Names and scopes: closures that remember their environment, `nonlocal`
# to rebind an enclosing variable, `global` to rebind a module variable,
# and the UnboundLocalError you get when you forget them.

request_count = 0


def record_request():
    global request_count
    request_count += 1
    return request_count


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def make_multiplier(factor):
    return lambda value: value * factor


for _ in range(3):
    record_request()
print("requests recorded:", request_count)

clicks = make_counter()
views = make_counter(100)
print(clicks(), clicks(), clicks(5), views(), clicks())

double, triple = make_multiplier(2), make_multiplier(3)
print(double(21), triple(7))


def broken():
    try:
        request_count += 1
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)


broken()


def outer():
    label = "outer"

    def inner():
        label = "inner"
        return label

    inner()
    return label


print("outer keeps its own variable:", outer())

callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print("late binding:", [f() for f in callbacks])
