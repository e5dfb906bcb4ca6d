# asyncgen seed 1
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
sem0 = asyncio.Semaphore(2)
cond0 = asyncio.Condition()



async def c0(name):
    async def waiter1():
        async with lock1:
            log(name, "waiter1 got lock1")
        return "w1"
    async with lock1:
        t1 = asyncio.create_task(waiter1())
        await asyncio.sleep(0)
        log(name, "cancel waiter", t1.cancel())
    try:
        log(name, "t1 gave", await t1)
    except asyncio.CancelledError as e_t1:
        log(name, "t1 cancelled", t1.cancelled(), e_t1.args)
    except Exception as e_t1:
        log(name, "t1 failed", type(e_t1).__name__)
    try:
        async with asyncio.timeout(0.1) as cm2:
            loop3 = asyncio.get_running_loop()
            h3 = loop3.call_later(0.5, callback, f"{name}.3")
            h3.cancel()
            log(name, "handle cancelled", h3.cancelled())
            r4 = await asyncio.sleep(0.2, result="slept 4")
            log(name, r4)
        log(name, "timeout 2 not hit", cm2.expired())
    except TimeoutError:
        log(name, "timeout 2 hit")
    try:
        async with asyncio.timeout(0.5) as cm5:
            loop6 = asyncio.get_running_loop()
            loop6.call_soon(callback, f"{name}.6")
        log(name, "timeout 5 not hit", cm5.expired())
    except TimeoutError:
        log(name, "timeout 5 hit")
    log(name, "s7", state["n"])
    return state["n"]


async def c1(name):
    r8 = await c0(f"{name}.9")
    log(name, "got", r8)
    t10 = asyncio.create_task(c0(f"{name}.11"), name=f"{name}.t10")
    t10.cancel("stop t10")
    try:
        log(name, "t10 gave", await t10)
    except asyncio.CancelledError as e_t10:
        log(name, "t10 cancelled", t10.cancelled(), e_t10.args)
    except Exception as e_t10:
        log(name, "t10 failed", type(e_t10).__name__)
    return (name, state["n"])


async def main():
    name = "main"
    try:
        ts12 = [asyncio.create_task(c0(f"{name}.13"), name=f"{name}.w12.0"), asyncio.create_task(c1(f"{name}.14"), name=f"{name}.w12.1")]
        done15, pending15 = await asyncio.wait(ts12, return_when=asyncio.ALL_COMPLETED)
        for t in sorted(done15, key=asyncio.Task.get_name):
            log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
        for t in sorted(pending15, key=asyncio.Task.get_name):
            log(name, "pending", t.get_name(), t.cancel())
        try:
            await asyncio.sleep(1)
        except TimeoutError as e16:
            log(name, "caught", type(e16).__name__, e16)
        except asyncio.CancelledError:
            log(name, "cancelled")
        finally:
            log(name, "finally 16")
        for _ in range(16):
            await asyncio.sleep(0)
        log(name, "tasks alive", len(asyncio.all_tasks()))
        if state["n"] % 4 == 3:
            raise RuntimeError(f"{name}-18")
        r19 = await c1(f"{name}.20")
        log(name, "got", r19)
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
