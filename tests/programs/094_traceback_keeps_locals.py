# A traceback keeps the frames it passed through, and their local variables, alive for as
# long as the exception lives: a caught exception frees them (closing a suspended generator,
# calling __del__) when its handler ends, not when the exception leaves their frame.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


def fails():
    keep = Noisy("in failing frame")
    g = gen()
    next(g)
    raise ValueError("bad")


def caller():
    try:
        fails()
    except ValueError as e:
        print("caught", e)
        print("still in handler")
    print("after handler")


caller()
print("---")


def fails_again():
    thing = Noisy("second")
    raise KeyError("k")


try:
    fails_again()
except KeyError:
    print("caught k")
print("after second")
print("end")
