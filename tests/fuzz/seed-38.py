# asyncgen seed 38
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
event1 = asyncio.Event()
cond0 = asyncio.Condition()
queue0 = asyncio.LifoQueue(maxsize=2)
queue1 = asyncio.Queue(maxsize=1)



async def c0(name):
    async def waiter1():
        try:
            return await fut1
        finally:
            log(name, "waiter1 leaves", fut1.cancelled())
    fut1 = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(waiter1())
    await asyncio.sleep(0)
    fut1.cancel()
    try:
        log(name, "t1 gave", await t1)
    except asyncio.CancelledError as e_t1:
        log(name, "t1 cancelled", t1.cancelled(), e_t1.args)
    except Exception as e_t1:
        log(name, "t1 failed", type(e_t1).__name__)
    try:
        state["n"] += 2
        try:
            async with asyncio.timeout(0.1) as cm3:
                await asyncio.sleep(1)
                r4 = await asyncio.sleep(0.2, result="slept 4")
                log(name, r4)
                log(name, "s5", state["n"])
            log(name, "timeout 3 not hit", cm3.expired())
        except TimeoutError:
            log(name, "timeout 3 hit")
        try:
            try:
                r8 = await asyncio.sleep(0.1, result="slept 8")
                log(name, r8)
            except (ValueError, KeyError) as e7:
                log(name, "caught", type(e7).__name__, e7)
            if state["n"] % 4 == 2:
                raise KeyError(f"{name}-9")
        except (ValueError, KeyError) as e6:
            log(name, "caught", type(e6).__name__, e6)
        except asyncio.CancelledError:
            log(name, "cancelled")
            raise
    except TimeoutError as e2:
        log(name, "caught", type(e2).__name__, e2)
    finally:
        log(name, "finally 2")
    if state["n"] % 3 == 1:
        return f"{name} early"
    await asyncio.sleep(0.2)
    return state["n"]


async def c1(name):
    event0.set()
    log(name, "event0 set")
    r10 = await asyncio.sleep(1, result="slept 10")
    log(name, r10)
    t11 = asyncio.create_task(c0(f"{name}.12"), name=f"{name}.t11")
    await asyncio.sleep(0.1)
    log(name, "cancel", t11.cancel())
    try:
        log(name, "t11 gave", await t11)
    except asyncio.CancelledError as e_t11:
        log(name, "t11 cancelled", t11.cancelled(), e_t11.args)
    except Exception as e_t11:
        log(name, "t11 failed", type(e_t11).__name__)
    log(name, "s13", state["n"])
    log(name, "s14", state["n"])
    return state["n"]


async def main():
    name = "main"
    try:
        async def waiter15():
            try:
                return await fut15
            finally:
                log(name, "waiter15 leaves", fut15.cancelled())
        fut15 = asyncio.get_running_loop().create_future()
        t15 = asyncio.create_task(waiter15())
        await asyncio.sleep(0)
        fut15.cancel()
        try:
            log(name, "t15 gave", await t15)
        except asyncio.CancelledError as e_t15:
            log(name, "t15 cancelled", t15.cancelled(), e_t15.args)
        except Exception as e_t15:
            log(name, "t15 failed", type(e_t15).__name__)
        if state["n"] % 2 == 1:
            r16 = await asyncio.to_thread(blocking, f"{name}.16", 0.1)
            log(name, r16)
            log(name, "s17", state["n"])
            await asyncio.sleep(0.5)
        state["n"] += 3
        r18 = await c0(f"{name}.19")
        log(name, "got", r18)
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
