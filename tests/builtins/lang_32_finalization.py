# When abandoned generators run their finally blocks (reference counting in CPython).
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers cleanup")

for x in numbers():
    print("got", x)
    break
print("after break")

def first_only():
    gen = numbers()
    value = next(gen)
    return value

print("first", first_only())
print("after first_only")

gen = numbers()
next(gen)
gen = None
print("after rebinding")

class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

def use():
    r = Resource("temp")
    return r.name

print("used", use())
r = Resource("global")
del r
print("end")
