# A coroutine driven by hand (send, throw, close) through awaits whose __await__ yields, as
# teaching code shows that coroutines are generators underneath; each send resumes the
# innermost await.
class Ready:
    def __await__(self):
        value = yield "first"
        print("got", value)
        return 42

async def child():
    result = await Ready()
    return result + 1

async def parent():
    return await child()

coro = parent()
print(coro.send(None))
try:
    coro.send("hello")
except StopIteration as stop:
    print("done", stop.value)

c = parent()
c.send(None)
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("thrown:", e)

class Tick:
    def __await__(self):
        for n in range(3):
            sent = yield n
            print("tick", n, "got", sent)
        return "ticked"

async def ticker():
    try:
        return await Tick()
    finally:
        print("ticker cleanup")

t = ticker()
print(t.send(None), t.send("a"), t.send("b"))
try:
    t.send("c")
except StopIteration as stop:
    print("result", stop.value)
t2 = ticker()
t2.send(None)
t2.close()
print("closed")
try:
    t2.send(None)
except RuntimeError as e:
    print(e)
