# asyncgen seed 42
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
sem0 = asyncio.BoundedSemaphore(1)
queue0 = asyncio.PriorityQueue()
barrier0 = asyncio.Barrier(3)


async def agen0(name, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield f"{name}:{i}"

async def agen1(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}:{i}"


async def c0(name):
    await queue0.put((2, f"{name}.1"))
    log(name, "queue0 size", queue0.qsize())
    async def waiter2():
        try:
            return await fut2
        finally:
            log(name, "waiter2 leaves", fut2.cancelled())
    fut2 = asyncio.get_running_loop().create_future()
    t2 = asyncio.create_task(waiter2())
    await asyncio.sleep(0)
    log(name, "cancel", t2.cancel())
    try:
        log(name, "t2 gave", await t2)
    except asyncio.CancelledError as e_t2:
        log(name, "t2 cancelled", t2.cancelled(), e_t2.args)
    except Exception as e_t2:
        log(name, "t2 failed", type(e_t2).__name__)
    return (name, state["n"])


async def c1(name):
    if state["n"] % 3 == 2:
        raise ValueError(f"{name}-3")
    if state["n"] % 2 == 0:
        try:
            async with asyncio.TaskGroup() as tg4:
                tg4.create_task(c0(f"{name}.5"), name=f"{name}.g4.0")
                tg4.create_task(c0(f"{name}.6"), name=f"{name}.g4.1")
            log(name, "group 4 done")
        except* ValueError as eg4:
            log(name, "group ValueError", len(eg4.exceptions))
        except* Exception as eg4:
            log(name, "group errors", sorted(type(e).__name__ for e in eg4.exceptions))
        fut7 = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0, fut7.set_result, "value 7")
        log(name, "future gave", await fut7)
    else:
        try:
            async with asyncio.timeout(1.5) as cm8:
                log(name, "s9", state["n"])
            log(name, "timeout 8 not hit", cm8.expired())
        except TimeoutError:
            log(name, "timeout 8 hit")
        state["n"] += 1
    await asyncio.sleep(0)
    return (name, state["n"])


async def c2(name):
    await asyncio.sleep(0.1)
    fut10 = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(1, fut10.set_result, "value 10")
    log(name, "future gave", await fut10)
    try:
        r12 = await c1(f"{name}.13")
        log(name, "got", r12)
        async with sem0:
            log(name, "in sem0", sem0.locked())
            async with lock0:
                log(name, "holds lock0")
                if state["n"] % 4 == 2:
                    raise ValueError(f"{name}-14")
            ts15 = [asyncio.create_task(c0(f"{name}.16"), name=f"{name}.w15.0"), asyncio.create_task(c0(f"{name}.17"), name=f"{name}.w15.1"), asyncio.create_task(c1(f"{name}.18"), name=f"{name}.w15.2")]
            done19, pending19 = await asyncio.wait(ts15, timeout=0.15, return_when=asyncio.FIRST_COMPLETED)
            for t in sorted(done19, key=asyncio.Task.get_name):
                log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
            for t in sorted(pending19, key=asyncio.Task.get_name):
                log(name, "pending", t.get_name(), t.cancel())
        state["n"] += 2
    except Exception as e11:
        log(name, "caught", type(e11).__name__, e11)
    finally:
        log(name, "finally 11")
    log(name, "s20", state["n"])
    await asyncio.sleep(0.5)
    return state["n"]


async def main():
    name = "main"
    try:
        ts21 = [asyncio.create_task(c2(f"{name}.22"), name=f"{name}.w21.0"), asyncio.create_task(c2(f"{name}.23"), name=f"{name}.w21.1"), asyncio.create_task(c1(f"{name}.24"), name=f"{name}.w21.2")]
        done25, pending25 = await asyncio.wait(ts21, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done25, key=asyncio.Task.get_name):
            log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
        for t in sorted(pending25, key=asyncio.Task.get_name):
            log(name, "pending", t.get_name(), t.cancel())
        await asyncio.sleep(0.1)
        await asyncio.sleep(0.2)
        log(name, "s26", state["n"])
        async for x27 in agen0(f"{name}.27", 4):
            log(name, "item", x27)
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
