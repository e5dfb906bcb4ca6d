# asyncgen seed 29
import asyncio
import time

state = {"n": 0}


def now():
    return round(asyncio.get_running_loop().time(), 3)


def log(*parts):
    print(now(), *parts)


def blocking(label, seconds):
    time.sleep(seconds)
    return f"{label} slept {seconds}"


def callback(label):
    log("callback", label)


def bad_callback(label):
    raise ValueError(label)

lock0 = asyncio.Lock()
lock1 = asyncio.Lock()
event0 = asyncio.Event()
queue0 = asyncio.Queue()


async def agen0(name, n):
    try:
        for i in range(n):
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")

async def agen1(name, n):
    for i in range(n):
        yield f"{name}:{i}"


async def c0(name):
    async with lock0:
        log(name, "holds lock0")
        async with lock1:
            log(name, "holds lock1")
            event0.set()
            log(name, "event0 set")
            async for x1 in agen0(f"{name}.1", 3):
                log(name, "item", x1)
        await asyncio.sleep(2)
    loop2 = asyncio.get_running_loop()
    loop2.call_at(loop2.time() + 0.1, callback, f"{name}.2")
    log(name, "s3", state["n"])
    return None


async def c1(name):
    r4 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.4", 2)
    log(name, r4)
    log(name, "s5", state["n"])
    fut6 = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, fut6.set_result, "value 6")
    log(name, "future gave", await fut6)
    ts7 = [asyncio.create_task(c0(f"{name}.8"), name=f"{name}.w7.0"), asyncio.create_task(c0(f"{name}.9"), name=f"{name}.w7.1")]
    done10, pending10 = await asyncio.wait(ts7, timeout=0.1, return_when=asyncio.FIRST_COMPLETED)
    for t in sorted(done10, key=asyncio.Task.get_name):
        log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
    for t in sorted(pending10, key=asyncio.Task.get_name):
        log(name, "pending", t.get_name(), t.cancel())
    async with lock0:
        log(name, "holds lock0")
        if state["n"] % 2 == 1:
            return f"{name} early"
    return state["n"]


async def main():
    name = "main"
    try:
        async def waiter11():
            async with lock0:
                log(name, "waiter11 got lock0")
            return "w11"
        async with lock0:
            t11 = asyncio.create_task(waiter11())
            await asyncio.sleep(0)
            log(name, "cancel waiter", t11.cancel())
        try:
            log(name, "t11 gave", await t11)
        except asyncio.CancelledError as e_t11:
            log(name, "t11 cancelled", t11.cancelled(), e_t11.args)
        except Exception as e_t11:
            log(name, "t11 failed", type(e_t11).__name__)
        log(name, "s12", state["n"])
        await asyncio.sleep(0.5)
        r13 = await asyncio.sleep(2, result="slept 13")
        log(name, r13)
        r14 = await asyncio.sleep(0.1, result="slept 14")
        log(name, r14)
        r15 = await c1(f"{name}.16")
        log(name, "got", r15)
        log(name, "done", state["n"])
    finally:
        for _ in range(3):
            leftovers = sorted(asyncio.all_tasks() - {asyncio.current_task()}, key=asyncio.Task.get_name)
            if not leftovers:
                break
            for task in leftovers:
                task.cancel()
            await asyncio.wait(leftovers)


asyncio.run(main())
