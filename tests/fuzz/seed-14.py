# asyncgen seed 14
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
queue0 = asyncio.PriorityQueue()
queue1 = asyncio.LifoQueue()



async def c0(name):
    log(name, "s1", state["n"])
    await asyncio.sleep(0.2)
    await lock0.acquire()
    try:
        log(name, "acquired lock0", lock0.locked())
        await asyncio.sleep(1)
    finally:
        lock0.release()
    r2 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.2", 0)
    log(name, r2)
    return state["n"]


async def c1(name):
    log(name, "s3", state["n"])
    state["n"] += 1
    log(name, "running as", asyncio.current_task().get_name())
    loop5 = asyncio.get_running_loop()
    loop5.call_at(loop5.time() + 0, callback, f"{name}.5")
    if state["n"] % 3 == 1:
        raise ValueError(f"{name}-6")
    try:
        raise KeyError("inner 7")
    except KeyError as e7:
        if state["n"] % 4 == 0:
            raise RuntimeError("outer 7") from e7
    return None


async def c2(name):
    if state["n"] % 4 == 2:
        return f"{name} early"
    try:
        await asyncio.sleep(0.5)
        log(name, "s9", state["n"])
        t10 = asyncio.create_task(c1(f"{name}.11"), name=f"{name}.t10")
        try:
            log(name, "t10 gave", await t10)
        except asyncio.CancelledError as e_t10:
            log(name, "t10 cancelled", t10.cancelled(), e_t10.args)
        except Exception as e_t10:
            log(name, "t10 failed", type(e_t10).__name__)
    except ValueError as e8:
        log(name, "caught", type(e8).__name__, e8)
    return state["n"]


async def c3(name):
    async def waiter12():
        async with lock1:
            log(name, "waiter12 got lock1")
        return "w12"
    async with lock1:
        t12 = asyncio.create_task(waiter12())
        await asyncio.sleep(0)
        log(name, "cancel waiter", t12.cancel())
    try:
        log(name, "t12 gave", await t12)
    except asyncio.CancelledError as e_t12:
        log(name, "t12 cancelled", t12.cancelled(), e_t12.args)
    except Exception as e_t12:
        log(name, "t12 failed", type(e_t12).__name__)
    async with lock1:
        log(name, "holds lock1")
        if state["n"] % 3 == 2:
            return f"{name} early"
        log(name, "s13", state["n"])
        log(name, "s14", state["n"])
    loop15 = asyncio.get_running_loop()
    loop15.call_soon(callback, f"{name}.15")
    await lock0.acquire()
    try:
        log(name, "acquired lock0", lock0.locked())
        r16 = await asyncio.to_thread(blocking, f"{name}.16", 0)
        log(name, r16)
        async with lock1:
            log(name, "holds lock1")
            r17 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.17", 2)
            log(name, r17)
            try:
                async with asyncio.TaskGroup() as tg18:
                    tg18.create_task(c0(f"{name}.19"), name=f"{name}.g18.0")
                log(name, "group 18 done")
            except ExceptionGroup as eg18:
                log(name, "group errors", sorted(type(e).__name__ for e in eg18.exceptions))
            await asyncio.sleep(0.5)
    finally:
        lock0.release()
    await asyncio.sleep(0)
    return (name, state["n"])


async def main():
    name = "main"
    try:
        try:
            async with asyncio.TaskGroup() as tg20:
                tg20.create_task(c2(f"{name}.21"), name=f"{name}.g20.0")
                tg20.create_task(c2(f"{name}.22"), name=f"{name}.g20.1")
                r23 = await c2(f"{name}.24")
                log(name, "got", r23)
                try:
                    await asyncio.sleep(0.1)
                    state["n"] += 1
                except TimeoutError as e25:
                    log(name, "caught", type(e25).__name__, e25)
                async with lock1:
                    log(name, "holds lock1")
                    r26 = await c3(f"{name}.27")
                    log(name, "got", r26)
                    log(name, "s28", state["n"])
            log(name, "group 20 done")
        except* ValueError as eg20:
            log(name, "group ValueError", len(eg20.exceptions))
        except* Exception as eg20:
            log(name, "group errors", sorted(type(e).__name__ for e in eg20.exceptions))
        state["n"] += 2
        async def waiter29():
            async with lock1:
                log(name, "waiter29 got lock1")
            return "w29"
        async with lock1:
            t29 = asyncio.create_task(waiter29())
            await asyncio.sleep(0)
            log(name, "cancel waiter", t29.cancel())
        try:
            log(name, "t29 gave", await t29)
        except asyncio.CancelledError as e_t29:
            log(name, "t29 cancelled", t29.cancelled(), e_t29.args)
        except Exception as e_t29:
            log(name, "t29 failed", type(e_t29).__name__)
        try:
            async with asyncio.timeout(1.5) as cm30:
                await asyncio.sleep(1)
                log(name, "s31", state["n"])
            log(name, "timeout 30 not hit", cm30.expired())
        except TimeoutError:
            log(name, "timeout 30 hit")
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
