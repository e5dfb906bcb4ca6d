# asyncgen seed 21
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
sem0 = asyncio.BoundedSemaphore(2)
event0 = asyncio.Event()
event1 = asyncio.Event()
cond0 = asyncio.Condition()
queue0 = asyncio.Queue(maxsize=1)
queue1 = asyncio.Queue()


async def agen0(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(1)
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")

async def agen1(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.5)
            yield f"{name}:{i}"
    finally:
        log(name, "agen1 closed")


async def c0(name):
    event1.clear()
    log(name, "event1 clear")
    r1 = await asyncio.sleep(0, result="slept 1")
    log(name, r1)
    async with cond0:
        state["n"] += 1
        cond0.notify_all()
        log(name, "cond0 notify_all()")
    await asyncio.sleep(0)
    state["n"] += 1
    return f"{name} ok"


async def c1(name):
    if state["n"] % 4 == 2:
        raise ValueError(f"{name}-2")
    fut3 = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut3.set_exception, ValueError("future 3"))
    try:
        await fut3
    except ValueError as e3:
        log(name, "future raised", e3)
    await asyncio.sleep(0.1)
    try:
        r4 = await asyncio.gather(c0(f"{name}.5"), c0(f"{name}.6"), c0(f"{name}.7"), return_exceptions=False)
        log(name, "gathered", r4)
    except Exception as e4:
        log(name, "gather raised", repr(e4))
    await asyncio.sleep(0.1)
    return None


async def c2(name):
    try:
        r8 = await asyncio.wait_for(c1(f"{name}.9"), timeout=1.5)
        log(name, "in time", r8)
    except TimeoutError:
        log(name, "wait_for 8 timed out")
    log(name, "s10", state["n"])
    log(name, "s11", state["n"])
    state["n"] += 3
    ts12 = [asyncio.create_task(c0(f"{name}.13"), name=f"{name}.w12.0"), asyncio.create_task(c0(f"{name}.14"), name=f"{name}.w12.1")]
    done15, pending15 = await asyncio.wait(ts12)
    for t in sorted(done15, key=asyncio.Task.get_name):
        log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
    for t in sorted(pending15, key=asyncio.Task.get_name):
        log(name, "pending", t.get_name(), t.cancel())
    return None


async def main():
    name = "main"
    try:
        async def waiter16():
            async with lock0:
                log(name, "waiter16 got lock0")
            return "w16"
        async with lock0:
            t16 = asyncio.create_task(waiter16())
            await asyncio.sleep(0)
            log(name, "cancel waiter", t16.cancel())
        try:
            log(name, "t16 gave", await t16)
        except asyncio.CancelledError as e_t16:
            log(name, "t16 cancelled", t16.cancelled(), e_t16.args)
        except Exception as e_t16:
            log(name, "t16 failed", type(e_t16).__name__)
        ts17 = [asyncio.create_task(c2(f"{name}.18"), name=f"{name}.w17.0"), asyncio.create_task(c0(f"{name}.19"), name=f"{name}.w17.1")]
        done20, pending20 = await asyncio.wait(ts17)
        for t in sorted(done20, key=asyncio.Task.get_name):
            log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
        for t in sorted(pending20, key=asyncio.Task.get_name):
            log(name, "pending", t.get_name(), t.cancel())
        r21 = await asyncio.gather(c1(f"{name}.22"), c2(f"{name}.23"), c0(f"{name}.24"), return_exceptions=False)
        log(name, "gathered", r21)
        log(name, "s25", state["n"])
        async def waiter26():
            async with lock0:
                log(name, "waiter26 got lock0")
            return "w26"
        async with lock0:
            t26 = asyncio.create_task(waiter26())
            await asyncio.sleep(0)
        try:
            log(name, "t26 gave", await t26)
        except asyncio.CancelledError as e_t26:
            log(name, "t26 cancelled", t26.cancelled(), e_t26.args)
        except Exception as e_t26:
            log(name, "t26 failed", type(e_t26).__name__)
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
