# asyncgen seed 12
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

sem0 = asyncio.Semaphore(1)
event0 = asyncio.Event()
event1 = asyncio.Event()
cond0 = asyncio.Condition()
queue0 = asyncio.LifoQueue()



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
    log(name, "s2", state["n"])
    async def waiter3():
        try:
            return await fut3
        finally:
            log(name, "waiter3 leaves", fut3.cancelled())
    fut3 = asyncio.get_running_loop().create_future()
    t3 = asyncio.create_task(waiter3())
    await asyncio.sleep(0)
    log(name, "cancel", t3.cancel())
    try:
        log(name, "t3 gave", await t3)
    except asyncio.CancelledError as e_t3:
        log(name, "t3 cancelled", t3.cancelled(), e_t3.args)
    except Exception as e_t3:
        log(name, "t3 failed", type(e_t3).__name__)
    log(name, "s4", state["n"])
    async def waiter5():
        try:
            return await fut5
        finally:
            log(name, "waiter5 leaves", fut5.cancelled())
    fut5 = asyncio.get_running_loop().create_future()
    t5 = asyncio.create_task(waiter5())
    await asyncio.sleep(0)
    fut5.cancel()
    try:
        log(name, "t5 gave", await t5)
    except asyncio.CancelledError as e_t5:
        log(name, "t5 cancelled", t5.cancelled(), e_t5.args)
    except Exception as e_t5:
        log(name, "t5 failed", type(e_t5).__name__)
    return state["n"]


async def c1(name):
    try:
        async with asyncio.TaskGroup() as tg6:
            tg6.create_task(c0(f"{name}.7"), name=f"{name}.g6")
            await asyncio.sleep(1)
            r8 = await asyncio.sleep(0.5, result="slept 8")
            log(name, r8)
        log(name, "group 6 done")
    except* ValueError as eg6:
        log(name, "group ValueError", len(eg6.exceptions))
    except* Exception as eg6:
        log(name, "group errors", sorted(type(e).__name__ for e in eg6.exceptions))
    r9 = await c0(f"{name}.10")
    log(name, "got", r9)
    return None


async def c2(name):
    try:
        async with asyncio.TaskGroup() as tg11:
            tg11.create_task(c0(f"{name}.12"), name=f"{name}.g11")
            for i13 in range(3):
                log(name, "loop", i13)
                await asyncio.sleep(0.1)
                state["n"] += 2
            ts14 = [asyncio.create_task(c1(f"{name}.15"), name=f"{name}.w14.0"), asyncio.create_task(c1(f"{name}.16"), name=f"{name}.w14.1"), asyncio.create_task(c0(f"{name}.17"), name=f"{name}.w14.2")]
            done18, pending18 = await asyncio.wait(ts14)
            for t in sorted(done18, key=asyncio.Task.get_name):
                log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
            for t in sorted(pending18, key=asyncio.Task.get_name):
                log(name, "pending", t.get_name(), t.cancel())
            await asyncio.sleep(0.1)
        log(name, "group 11 done")
    except* ValueError as eg11:
        log(name, "group ValueError", len(eg11.exceptions))
    except* Exception as eg11:
        log(name, "group errors", sorted(type(e).__name__ for e in eg11.exceptions))
    if state["n"] % 2 == 1:
        raise ValueError(f"{name}-19")
    if state["n"] % 3 == 1:
        raise ValueError(f"{name}-20")
    r21 = await asyncio.sleep(0.5, result="slept 21")
    log(name, r21)
    return None


async def c3(name):
    async with cond0:
        state["n"] += 1
        cond0.notify(1)
        log(name, "cond0 notify(1)")
    try:
        item22 = queue0.get_nowait()
        log(name, "got item", item22)
        queue0.task_done()
    except asyncio.QueueEmpty:
        log(name, "queue0 empty")
    try:
        await asyncio.wait_for(event1.wait(), 3)
        log(name, "event1 seen")
    except TimeoutError:
        log(name, "event1 timeout")
    try:
        r23 = await asyncio.wait_for(c0(f"{name}.24"), timeout=0)
        log(name, "in time", r23)
    except TimeoutError:
        log(name, "wait_for 23 timed out")
    return (name, state["n"])


async def main():
    name = "main"
    try:
        try:
            async with asyncio.TaskGroup() as tg25:
                tg25.create_task(c3(f"{name}.26"), name=f"{name}.g25")
                log(name, "s27", state["n"])
            log(name, "group 25 done")
        except* ValueError as eg25:
            log(name, "group ValueError", len(eg25.exceptions))
        except* Exception as eg25:
            log(name, "group errors", sorted(type(e).__name__ for e in eg25.exceptions))
        log(name, "s28", state["n"])
        async with cond0:
            try:
                await asyncio.wait_for(cond0.wait_for(lambda: state["n"] >= 3), 1.5)
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
