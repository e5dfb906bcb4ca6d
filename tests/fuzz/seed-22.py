# asyncgen seed 22
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


async def agen0(name, n):
    for i in range(n):
        await asyncio.sleep(1)
        yield f"{name}:{i}"

async def agen1(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield f"{name}:{i}"
    finally:
        log(name, "agen1 closed")


async def c0(name):
    log(name, "s1", state["n"])
    try:
        async with asyncio.timeout(0.1) as cm2:
            for i3 in range(3):
                log(name, "loop", i3)
                if state["n"] % 4 == 1:
                    raise ValueError(f"{name}-4")
                if state["n"] % 3 == 2:
                    return f"{name} early"
        log(name, "timeout 2 not hit", cm2.expired())
    except TimeoutError:
        log(name, "timeout 2 hit")
    async def waiter5():
        try:
            return await fut5
        finally:
            log(name, "waiter5 leaves", fut5.cancelled())
    fut5 = asyncio.get_running_loop().create_future()
    t5 = asyncio.create_task(waiter5())
    await asyncio.sleep(0)
    log(name, "cancel", t5.cancel())
    try:
        log(name, "t5 gave", await t5)
    except asyncio.CancelledError as e_t5:
        log(name, "t5 cancelled", t5.cancelled(), e_t5.args)
    except Exception as e_t5:
        log(name, "t5 failed", type(e_t5).__name__)
    log(name, "s6", state["n"])
    return (name, state["n"])


async def c1(name):
    async with lock1:
        log(name, "holds lock1")
        state["n"] += 1
        state["n"] += 2
    async def waiter7():
        async with lock0:
            log(name, "waiter7 got lock0")
        return "w7"
    async with lock0:
        t7 = asyncio.create_task(waiter7())
        await asyncio.sleep(0)
    try:
        log(name, "t7 gave", await t7)
    except asyncio.CancelledError as e_t7:
        log(name, "t7 cancelled", t7.cancelled(), e_t7.args)
    except Exception as e_t7:
        log(name, "t7 failed", type(e_t7).__name__)
    return None


async def c2(name):
    await asyncio.sleep(0)
    state["n"] += 3
    return None


async def c3(name):
    if state["n"] % 2 == 0:
        await asyncio.sleep(0)
    else:
        log(name, "s8", state["n"])
    if state["n"] % 3 == 2:
        return f"{name} early"
    return (name, state["n"])


async def main():
    name = "main"
    try:
        t9 = asyncio.create_task(c0(f"{name}.10"), name=f"{name}.t9")
        log(name, "cancel", t9.cancel())
        try:
            log(name, "t9 gave", await t9)
        except asyncio.CancelledError as e_t9:
            log(name, "t9 cancelled", t9.cancelled(), e_t9.args)
        except Exception as e_t9:
            log(name, "t9 failed", type(e_t9).__name__)
        log(name, "s11", state["n"])
        r12 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.12", 0.1)
        log(name, r12)
        for i13 in range(2):
            log(name, "loop", i13)
            event0.set()
            log(name, "event0 set")
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
