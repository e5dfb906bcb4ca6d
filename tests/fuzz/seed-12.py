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
            tg6.create_task(c0(f"{name}.7"), name=f"{name}.g6.0")
            tg6.create_task(c0(f"{name}.8"), name=f"{name}.g6.1")
        log(name, "group 6 done")
    except* ValueError as eg6:
        log(name, "group ValueError", len(eg6.exceptions))
    except* Exception as eg6:
        log(name, "group errors", sorted(type(e).__name__ for e in eg6.exceptions))
    if state["n"] % 3 == 2:
        raise ValueError(f"{name}-9")
    return (name, state["n"])


async def c2(name):
    loop10 = asyncio.get_running_loop()
    loop10.call_at(loop10.time() + 0.1, callback, f"{name}.10")
    ts11 = [asyncio.create_task(c0(f"{name}.12"), name=f"{name}.w11.0"), asyncio.create_task(c1(f"{name}.13"), name=f"{name}.w11.1"), asyncio.create_task(c1(f"{name}.14"), name=f"{name}.w11.2")]
    done15, pending15 = await asyncio.wait(ts11, timeout=0, return_when=asyncio.FIRST_COMPLETED)
    for t in sorted(done15, key=asyncio.Task.get_name):
        log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
    for t in sorted(pending15, key=asyncio.Task.get_name):
        log(name, "pending", t.get_name(), t.cancel())
    async def waiter16():
        try:
            return await fut16
        finally:
            log(name, "waiter16 leaves", fut16.cancelled())
    fut16 = asyncio.get_running_loop().create_future()
    t16 = asyncio.create_task(waiter16())
    await asyncio.sleep(0)
    fut16.set_result("set 16")
    try:
        log(name, "t16 gave", await t16)
    except asyncio.CancelledError as e_t16:
        log(name, "t16 cancelled", t16.cancelled(), e_t16.args)
    except Exception as e_t16:
        log(name, "t16 failed", type(e_t16).__name__)
    loop17 = asyncio.get_running_loop()
    h17 = loop17.call_later(0, callback, f"{name}.17")
    h17.cancel()
    log(name, "handle cancelled", h17.cancelled())
    return (name, state["n"])


async def c3(name):
    loop18 = asyncio.get_running_loop()
    loop18.call_soon(callback, f"{name}.18")
    r19 = await c0(f"{name}.20")
    log(name, "got", r19)
    t21 = asyncio.create_task(c2(f"{name}.22"))
    await asyncio.sleep(0)
    log(name, "cancel", t21.cancel())
    try:
        log(name, "t21 gave", await t21)
    except asyncio.CancelledError as e_t21:
        log(name, "t21 cancelled", t21.cancelled(), e_t21.args)
    except Exception as e_t21:
        log(name, "t21 failed", type(e_t21).__name__)
    return f"{name} ok"


async def main():
    name = "main"
    ts23 = [asyncio.create_task(c3(f"{name}.24"), name=f"{name}.w23.0"), asyncio.create_task(c2(f"{name}.25"), name=f"{name}.w23.1")]
    done26, pending26 = await asyncio.wait(ts23, timeout=0.1, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done26, key=asyncio.Task.get_name):
        log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
    for t in sorted(pending26, key=asyncio.Task.get_name):
        log(name, "pending", t.get_name(), t.cancel())
    try:
        item27 = queue0.get_nowait()
        log(name, "got item", item27)
        queue0.task_done()
    except asyncio.QueueEmpty:
        log(name, "queue0 empty")
    try:
        await asyncio.wait_for(event1.wait(), 3)
        log(name, "event1 seen")
    except TimeoutError:
        log(name, "event1 timeout")
    try:
        r28 = await asyncio.wait_for(c0(f"{name}.29"), timeout=0)
        log(name, "in time", r28)
    except TimeoutError:
        log(name, "wait_for 28 timed out")
    ts30 = [asyncio.create_task(c1(f"{name}.31"), name=f"{name}.w30.0"), asyncio.create_task(c1(f"{name}.32"), name=f"{name}.w30.1")]
    done33, pending33 = await asyncio.wait(ts30, return_when=asyncio.FIRST_COMPLETED)
    for t in sorted(done33, key=asyncio.Task.get_name):
        log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
    for t in sorted(pending33, key=asyncio.Task.get_name):
        log(name, "pending", t.get_name(), t.cancel())
    try:
        async with asyncio.timeout(1) as cm34:
            async def waiter35():
                try:
                    return await fut35
                finally:
                    log(name, "waiter35 leaves", fut35.cancelled())
            fut35 = asyncio.get_running_loop().create_future()
            t35 = asyncio.create_task(waiter35())
            await asyncio.sleep(0)
            fut35.cancel()
            try:
                log(name, "t35 gave", await t35)
            except asyncio.CancelledError as e_t35:
                log(name, "t35 cancelled", t35.cancelled(), e_t35.args)
            except Exception as e_t35:
                log(name, "t35 failed", type(e_t35).__name__)
            r36 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.36", 0.5)
            log(name, r36)
        log(name, "timeout 34 not hit", cm34.expired())
    except TimeoutError:
        log(name, "timeout 34 hit")
    log(name, "done", state["n"])
    for _ in range(3):
        leftovers = sorted(asyncio.all_tasks() - {asyncio.current_task()}, key=asyncio.Task.get_name)
        if not leftovers:
            break
        for task in leftovers:
            task.cancel()
        await asyncio.wait(leftovers)


asyncio.run(main())
