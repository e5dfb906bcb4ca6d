# asyncgen seed 6
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



async def c0(name):
    async def waiter1():
        async with lock0:
            log(name, "waiter1 got lock0")
        return "w1"
    async with lock0:
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
        async with asyncio.timeout(3) as cm2:
            try:
                async with asyncio.timeout(0) as cm3:
                    if state["n"] % 3 == 0:
                        return f"{name} early"
                    if state["n"] % 3 == 2:
                        raise ValueError(f"{name}-4")
                    if state["n"] % 3 == 2:
                        raise KeyError(f"{name}-5")
                log(name, "timeout 3 not hit", cm3.expired())
            except TimeoutError:
                log(name, "timeout 3 hit")
        log(name, "timeout 2 not hit", cm2.expired())
    except TimeoutError:
        log(name, "timeout 2 hit")
    try:
        try:
            await asyncio.sleep(2)
            await asyncio.sleep(0.5)
        except ValueError as e7:
            log(name, "caught", type(e7).__name__, e7)
        finally:
            log(name, "finally 7")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
    finally:
        log(name, "finally 6")
    return (name, state["n"])


async def c1(name):
    try:
        async with asyncio.timeout(3) as cm8:
            await lock0.acquire()
            try:
                log(name, "acquired lock0", lock0.locked())
                state["n"] += 3
            finally:
                lock0.release()
        log(name, "timeout 8 not hit", cm8.expired())
    except TimeoutError:
        log(name, "timeout 8 hit")
    log(name, "s9", state["n"])
    return f"{name} ok"


async def main():
    name = "main"
    try:
        r10 = await asyncio.gather(c1(f"{name}.11"), return_exceptions=True)
        log(name, "gathered", r10)
        state["n"] += 1
        async with lock1:
            log(name, "holds lock1")
            await asyncio.sleep(0.5)
            t12 = asyncio.create_task(c1(f"{name}.13"))
            try:
                log(name, "t12 gave", await t12)
            except asyncio.CancelledError as e_t12:
                log(name, "t12 cancelled", t12.cancelled(), e_t12.args)
            except Exception as e_t12:
                log(name, "t12 failed", type(e_t12).__name__)
            r14 = await c1(f"{name}.15")
            log(name, "got", r14)
        if state["n"] % 3 == 0:
            raise RuntimeError(f"{name}-16")
        async def waiter17():
            async with lock0:
                log(name, "waiter17 got lock0")
            return "w17"
        async with lock0:
            t17 = asyncio.create_task(waiter17())
            await asyncio.sleep(0)
            log(name, "cancel waiter", t17.cancel())
        try:
            log(name, "t17 gave", await t17)
        except asyncio.CancelledError as e_t17:
            log(name, "t17 cancelled", t17.cancelled(), e_t17.args)
        except Exception as e_t17:
            log(name, "t17 failed", type(e_t17).__name__)
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
