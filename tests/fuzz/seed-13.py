# asyncgen seed 13
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
cond0 = asyncio.Condition()



async def c0(name):
    try:
        async with asyncio.timeout(3) as cm1:
            if state["n"] % 2 == 0:
                if state["n"] % 4 == 2:
                    raise RuntimeError(f"{name}-2")
            else:
                await asyncio.sleep(0.1)
                await asyncio.sleep(0.1)
                if state["n"] % 3 == 1:
                    raise ValueError(f"{name}-3")
            log(name, "s4", state["n"])
        log(name, "timeout 1 not hit", cm1.expired())
    except TimeoutError:
        log(name, "timeout 1 hit")
    state["n"] += 1
    return state["n"]


async def c1(name):
    r5 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.5", 0.1)
    log(name, r5)
    await asyncio.sleep(0.1)
    t6 = asyncio.create_task(c0(f"{name}.7"))
    try:
        log(name, "t6 gave", await t6)
    except asyncio.CancelledError as e_t6:
        log(name, "t6 cancelled", t6.cancelled(), e_t6.args)
    except Exception as e_t6:
        log(name, "t6 failed", type(e_t6).__name__)
    return None


async def c2(name):
    loop8 = asyncio.get_running_loop()
    loop8.call_later(0.2, callback, f"{name}.8")
    if state["n"] % 2 == 1:
        return f"{name} early"
    r9 = await c1(f"{name}.10")
    log(name, "got", r9)
    return state["n"]


async def c3(name):
    log(name, "s11", state["n"])
    async with lock0:
        log(name, "holds lock0")
        r12 = await asyncio.gather(c1(f"{name}.13"), c0(f"{name}.14"), c0(f"{name}.15"), return_exceptions=False)
        log(name, "gathered", r12)
        await asyncio.sleep(1)
        async def waiter16():
            try:
                return await fut16
            finally:
                log(name, "waiter16 leaves", fut16.cancelled())
        fut16 = asyncio.get_running_loop().create_future()
        t16 = asyncio.create_task(waiter16())
        await asyncio.sleep(0)
        log(name, "cancel", t16.cancel())
        try:
            log(name, "t16 gave", await t16)
        except asyncio.CancelledError as e_t16:
            log(name, "t16 cancelled", t16.cancelled(), e_t16.args)
        except Exception as e_t16:
            log(name, "t16 failed", type(e_t16).__name__)
    return None


async def main():
    name = "main"
    try:
        t17 = asyncio.create_task(c2(f"{name}.18"))
        await asyncio.wait([t17])
        log(name, "cancel after done", t17.cancel())
        try:
            log(name, "t17 gave", await t17)
        except asyncio.CancelledError as e_t17:
            log(name, "t17 cancelled", t17.cancelled(), e_t17.args)
        except Exception as e_t17:
            log(name, "t17 failed", type(e_t17).__name__)
        r19 = await c3(f"{name}.20")
        log(name, "got", r19)
        async with cond0:
            state["n"] += 1
            cond0.notify_all()
            log(name, "cond0 notify_all()")
        log(name, "s21", state["n"])
        log(name, "s22", state["n"])
        await asyncio.sleep(0)
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
