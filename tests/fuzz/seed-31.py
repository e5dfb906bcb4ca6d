# asyncgen seed 31
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
queue0 = asyncio.PriorityQueue()
barrier0 = asyncio.Barrier(3)



async def c0(name):
    async def waiter1():
        try:
            return await fut1
        finally:
            log(name, "waiter1 leaves", fut1.cancelled())
    fut1 = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(waiter1())
    await asyncio.sleep(0)
    fut1.set_result("set 1")
    try:
        log(name, "t1 gave", await t1)
    except asyncio.CancelledError as e_t1:
        log(name, "t1 cancelled", t1.cancelled(), e_t1.args)
    except Exception as e_t1:
        log(name, "t1 failed", type(e_t1).__name__)
    if state["n"] % 4 == 2:
        return f"{name} early"
    event0.set()
    log(name, "event0 set")
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
    for i3 in range(2):
        log(name, "loop", i3)
        if state["n"] % 2 == 1:
            try:
                async with asyncio.timeout(1) as cm4:
                    state["n"] += 1
                log(name, "timeout 4 not hit", cm4.expired())
            except TimeoutError:
                log(name, "timeout 4 hit")
        else:
            r5 = await asyncio.sleep(1, result="slept 5")
            log(name, r5)
            log(name, "s6", state["n"])
        await asyncio.sleep(0.1)
        state["n"] += 2
    return (name, state["n"])


async def c1(name):
    async with cond0:
        try:
            await asyncio.wait_for(cond0.wait(), 0.5)
            log(name, "cond0 woke", state["n"])
        except TimeoutError:
            log(name, "cond0 timeout", cond0.locked())
    if state["n"] % 3 == 1:
        return f"{name} early"
    try:
        item7 = await asyncio.wait_for(queue0.get(), 1)
        log(name, "got item", item7)
        queue0.task_done()
    except TimeoutError:
        log(name, "queue0 empty")
    t8 = asyncio.create_task(c0(f"{name}.9"), name=f"{name}.t8")
    await asyncio.sleep(0)
    log(name, "cancel", t8.cancel())
    try:
        log(name, "t8 gave", await t8)
    except asyncio.CancelledError as e_t8:
        log(name, "t8 cancelled", t8.cancelled(), e_t8.args)
    except Exception as e_t8:
        log(name, "t8 failed", type(e_t8).__name__)
    r10 = await asyncio.to_thread(blocking, f"{name}.10", 0.1)
    log(name, r10)
    return state["n"]


async def c2(name):
    r11 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.11", 0.1)
    log(name, r11)
    r12 = await asyncio.sleep(0.2, result="slept 12")
    log(name, r12)
    return (name, state["n"])


async def c3(name):
    ts13 = [asyncio.create_task(c0(f"{name}.14"), name=f"{name}.w13.0"), asyncio.create_task(c2(f"{name}.15"), name=f"{name}.w13.1")]
    try:
        for f16 in asyncio.as_completed(ts13):
            try:
                log(name, "completed", await f16)
            except (ValueError, KeyError, RuntimeError) as e16:
                log(name, "completed with", type(e16).__name__)
    except TimeoutError:
        log(name, "as_completed timed out")
    async def waiter17():
        try:
            return await fut17
        finally:
            log(name, "waiter17 leaves", fut17.cancelled())
    fut17 = asyncio.get_running_loop().create_future()
    t17 = asyncio.create_task(waiter17())
    await asyncio.sleep(0)
    log(name, "cancel", t17.cancel())
    try:
        log(name, "t17 gave", await t17)
    except asyncio.CancelledError as e_t17:
        log(name, "t17 cancelled", t17.cancelled(), e_t17.args)
    except Exception as e_t17:
        log(name, "t17 failed", type(e_t17).__name__)
    try:
        item18 = queue0.get_nowait()
        log(name, "got item", item18)
        queue0.task_done()
    except asyncio.QueueEmpty:
        log(name, "queue0 empty")
    return f"{name} ok"


async def main():
    name = "main"
    try:
        r19 = await asyncio.gather(c3(f"{name}.20"), c2(f"{name}.21"), c3(f"{name}.22"), return_exceptions=True)
        log(name, "gathered", r19)
        loop23 = asyncio.get_running_loop()
        loop23.call_soon(callback, f"{name}.23")
        state["n"] += 1
        try:
            r25 = await asyncio.sleep(1, result="slept 25")
            log(name, r25)
        except ValueError as e24:
            log(name, "caught", type(e24).__name__, e24)
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
