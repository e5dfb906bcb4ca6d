# Driving a coroutine through its __await__() wrapper, and next() on objects whose
# __next__ raises StopIteration with a value.
import asyncio
async def f():
    return 42
w = f().__await__()
print(type(w).__name__)
try:
    w.send(None)
except StopIteration as stop:
    print("stop", stop.value)
async def g():
    await asyncio.sleep(0)
    return 7
w2 = g().__await__()
print(next(w2))
try:
    next(w2)
except StopIteration as stop:
    print("stop", stop.value)
w3 = g().__await__()
print(iter(w3) is w3, w3.send(None))
try:
    w3.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
w4 = g().__await__()
w4.close()
print("closed")
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(99)
        return self.n
it = It()
print(next(it), next(it), next(it, "dflt"))
try:
    next(It()); next(it)
except StopIteration as s:
    print("stop", s.value)
print(list(It()))
