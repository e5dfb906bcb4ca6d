# throw() into a generator or coroutine that has not started raises at its very start:
# its `try` has not been entered, so neither its handlers nor its `finally` run.


def numbers():
    try:
        print("numbers starts")
        yield 1
    except ValueError:
        print("numbers caught ValueError")
        yield 2
    finally:
        print("numbers finally")


async def fetch():
    try:
        print("fetch starts")
        return 1
    finally:
        print("fetch finally")


gen = numbers()
try:
    gen.throw(ValueError("too early"))
except ValueError as error:
    print("throw raised", repr(error))
print("then next() gives", next(gen, "nothing"))

coro = fetch()
try:
    coro.throw(KeyError("k"))
except KeyError as error:
    print("throw raised", repr(error))
for attempt in ("send", "throw"):
    try:
        if attempt == "send":
            coro.send(None)
        else:
            coro.throw(ValueError("again"))
    except RuntimeError as error:
        print(attempt, "after throw:", error)

coro = fetch()
coro.close()
try:
    coro.send(None)
except RuntimeError as error:
    print("send after close:", error)

# A finished coroutine cannot be resumed, whatever is thrown into it.
coro = fetch()
try:
    coro.send(None)
except StopIteration as stop:
    print("fetch returned", stop.value)
try:
    coro.throw(ValueError("late"))
except RuntimeError as error:
    print("throw after return:", error)


def handler():
    try:
        raise KeyError("first")
    except KeyError:
        yield "paused while handling KeyError"


# Thrown in while the generator handles an exception: chained to it as its __context__.
gen = handler()
print(next(gen))
try:
    gen.throw(ValueError("second"))
except ValueError as error:
    print("throw raised", repr(error), "during", repr(error.__context__))


def decorate(function):
    return function


@decorate
def counter(
    limit,
):
    try:
        yield limit
    except ValueError:
        print("never printed")


# Uncaught: the traceback shows the generator at the first line of its definition.
counter(3).throw(ValueError("not started yet"))
