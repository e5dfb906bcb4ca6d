# asyncgen seed 25
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

event0 = asyncio.Event()
cond0 = asyncio.Condition()



async def c0(name):
    loop1 = asyncio.get_running_loop()
    h1 = loop1.call_later(0.1, callback, f"{name}.1")
    h1.cancel()
    log(name, "handle cancelled", h1.cancelled())
    for i2 in range(1):
        log(name, "loop", i2)
        try:
            async with asyncio.timeout(0.5) as cm3:
                if state["n"] % 2 == 1:
                    return f"{name} early"
            log(name, "timeout 3 not hit", cm3.expired())
        except TimeoutError:
            log(name, "timeout 3 hit")
    async def waiter4():
        try:
            return await fut4
        finally:
            log(name, "waiter4 leaves", fut4.cancelled())
    fut4 = asyncio.get_running_loop().create_future()
    t4 = asyncio.create_task(waiter4())
    await asyncio.sleep(0)
    log(name, "cancel", t4.cancel())
    try:
        log(name, "t4 gave", await t4)
    except asyncio.CancelledError as e_t4:
        log(name, "t4 cancelled", t4.cancelled(), e_t4.args)
    except Exception as e_t4:
        log(name, "t4 failed", type(e_t4).__name__)
    return f"{name} ok"


async def c1(name):
    if state["n"] % 4 == 3:
        return f"{name} early"
    state["n"] += 2
    r5 = await c0(f"{name}.6")
    log(name, "got", r5)
    state["n"] += 1
    async with cond0:
        try:
            await asyncio.wait_for(cond0.wait(), 0.5)
            log(name, "cond0 woke", state["n"])
        except TimeoutError:
            log(name, "cond0 timeout", cond0.locked())
    return state["n"]


async def c2(name):
    log(name, "s7", state["n"])
    log(name, "s8", state["n"])
    return f"{name} ok"


async def c3(name):
    if state["n"] % 2 == 1:
        await asyncio.sleep(0)
        r9 = await c0(f"{name}.10")
        log(name, "got", r9)
    log(name, "s11", state["n"])
    r12 = await asyncio.gather(c0(f"{name}.13"), c0(f"{name}.14"), return_exceptions=False)
    log(name, "gathered", r12)
    await asyncio.sleep(0.2)
    async def waiter15():
        try:
            return await fut15
        finally:
            log(name, "waiter15 leaves", fut15.cancelled())
    fut15 = asyncio.get_running_loop().create_future()
    t15 = asyncio.create_task(waiter15())
    await asyncio.sleep(0)
    log(name, "cancel", t15.cancel())
    try:
        log(name, "t15 gave", await t15)
    except asyncio.CancelledError as e_t15:
        log(name, "t15 cancelled", t15.cancelled(), e_t15.args)
    except Exception as e_t15:
        log(name, "t15 failed", type(e_t15).__name__)
    return state["n"]


async def main():
    name = "main"
    try:
        t16 = asyncio.create_task(c0(f"{name}.17"))
        await asyncio.sleep(0)
        log(name, "cancel", t16.cancel())
        try:
            log(name, "t16 gave", await t16)
        except asyncio.CancelledError as e_t16:
            log(name, "t16 cancelled", t16.cancelled(), e_t16.args)
        except Exception as e_t16:
            log(name, "t16 failed", type(e_t16).__name__)
        event0.set()
        log(name, "event0 set")
        log(name, "s18", state["n"])
        state["n"] += 2
        ts19 = [asyncio.create_task(c2(f"{name}.20"), name=f"{name}.w19.0"), asyncio.create_task(c1(f"{name}.21"), name=f"{name}.w19.1")]
        done22, pending22 = await asyncio.wait(ts19, timeout=1)
        for t in sorted(done22, key=asyncio.Task.get_name):
            log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
        for t in sorted(pending22, key=asyncio.Task.get_name):
            log(name, "pending", t.get_name(), t.cancel())
        async with cond0:
            try:
                await asyncio.wait_for(cond0.wait_for(lambda: state["n"] >= 4), 0.5)
                log(name, "cond0 woke", state["n"])
            except TimeoutError:
                log(name, "cond0 timeout", cond0.locked())
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
