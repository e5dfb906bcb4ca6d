# asyncgen seed 16
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
sem0 = asyncio.BoundedSemaphore(1)
event0 = asyncio.Event()
queue0 = asyncio.PriorityQueue(maxsize=2)
barrier0 = asyncio.Barrier(2)



async def c0(name):
    loop1 = asyncio.get_running_loop()
    loop1.call_later(0.2, callback, f"{name}.1")
    async def waiter2():
        async with lock1:
            log(name, "waiter2 got lock1")
        return "w2"
    async with lock1:
        t2 = asyncio.create_task(waiter2())
        await asyncio.sleep(0)
        log(name, "cancel waiter", t2.cancel())
    try:
        log(name, "t2 gave", await t2)
    except asyncio.CancelledError as e_t2:
        log(name, "t2 cancelled", t2.cancelled(), e_t2.args)
    except Exception as e_t2:
        log(name, "t2 failed", type(e_t2).__name__)
    try:
        async with asyncio.timeout(0.5) as cm3:
            await asyncio.sleep(0.2)
        log(name, "timeout 3 not hit", cm3.expired())
    except TimeoutError:
        log(name, "timeout 3 hit")
    return state["n"]


async def c1(name):
    r4 = await c0(f"{name}.5")
    log(name, "got", r4)
    async with sem0:
        log(name, "in sem0", sem0.locked())
        log(name, "s6", state["n"])
        try:
            raise KeyError("inner 7")
        except KeyError as e7:
            if state["n"] % 3 == 1:
                raise RuntimeError("outer 7") from e7
        await asyncio.sleep(0.2)
    if state["n"] % 2 == 0:
        log(name, "s8", state["n"])
        log(name, "s9", state["n"])
    try:
        async with asyncio.timeout(0.15) as cm10:
            if state["n"] % 2 == 1:
                raise ValueError(f"{name}-11")
            r12 = await c0(f"{name}.13")
            log(name, "got", r12)
            loop14 = asyncio.get_running_loop()
            h14 = loop14.call_later(0.1, callback, f"{name}.14")
            h14.cancel()
            log(name, "handle cancelled", h14.cancelled())
        log(name, "timeout 10 not hit", cm10.expired())
    except TimeoutError:
        log(name, "timeout 10 hit")
    await asyncio.sleep(2)
    return f"{name} ok"


async def c2(name):
    try:
        await asyncio.sleep(0)
        for i16 in range(2):
            log(name, "loop", i16)
            log(name, "s17", state["n"])
            log(name, "s18", state["n"])
            log(name, "s19", state["n"])
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
    finally:
        log(name, "finally 15")
    await asyncio.sleep(0.1)
    return None


async def main():
    name = "main"
    try:
        async def waiter20():
            try:
                return await fut20
            finally:
                log(name, "waiter20 leaves", fut20.cancelled())
        fut20 = asyncio.get_running_loop().create_future()
        t20 = asyncio.create_task(waiter20())
        await asyncio.sleep(0)
        log(name, "cancel", t20.cancel())
        try:
            log(name, "t20 gave", await t20)
        except asyncio.CancelledError as e_t20:
            log(name, "t20 cancelled", t20.cancelled(), e_t20.args)
        except Exception as e_t20:
            log(name, "t20 failed", type(e_t20).__name__)
        if state["n"] % 4 == 3:
            return f"{name} early"
        await asyncio.sleep(0.1)
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
