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
                    tg18.create_task(c2(f"{name}.19"), name=f"{name}.g18")
                    r20 = await c2(f"{name}.21")
                    log(name, "got", r20)
                    state["n"] += 2
                    state["n"] += 1
                log(name, "group 18 done")
            except ExceptionGroup as eg18:
                log(name, "group errors", sorted(type(e).__name__ for e in eg18.exceptions))
            log(name, "s22", state["n"])
    finally:
        lock0.release()
    await asyncio.sleep(1)
    return (name, state["n"])


async def main():
    name = "main"
    try:
        try:
            async with asyncio.timeout(0.15) as cm23:
                log(name, "running as", asyncio.current_task().get_name())
                await asyncio.sleep(0)
            log(name, "timeout 23 not hit", cm23.expired())
        except TimeoutError:
            log(name, "timeout 23 hit")
        t25 = asyncio.create_task(c0(f"{name}.26"), name=f"{name}.t25")
        try:
            log(name, "shielded", await asyncio.wait_for(asyncio.shield(t25), 0))
        except TimeoutError:
            log(name, "shield timed out; inner done:", t25.done())
        if state["n"] % 4 == 1:
            return f"{name} early"
        try:
            log(name, "s28", state["n"])
        except (ValueError, KeyError) as e27:
            log(name, "caught", type(e27).__name__, e27)
        finally:
            log(name, "finally 27")
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
