# asyncgen seed 5
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
event1 = asyncio.Event()
cond0 = asyncio.Condition()
queue0 = asyncio.LifoQueue()
barrier0 = asyncio.Barrier(2)



async def c0(name):
    queue0.put_nowait((2, f"{name}.1"))
    log(name, "queue0 size", queue0.qsize())
    async def waiter2():
        async with lock1:
            log(name, "waiter2 got lock1")
        return "w2"
    async with lock1:
        t2 = asyncio.create_task(waiter2())
        await asyncio.sleep(0)
        log(name, "cancel waiter", t2.cancel())
    try:
        log(name, "t2 gave", await t2)
    except asyncio.CancelledError as e_t2:
        log(name, "t2 cancelled", t2.cancelled(), e_t2.args)
    except Exception as e_t2:
        log(name, "t2 failed", type(e_t2).__name__)
    if state["n"] % 2 == 1:
        return f"{name} early"
    try:
        try:
            async with asyncio.timeout(1.5) as cm4:
                if state["n"] % 3 == 1:
                    return f"{name} early"
            log(name, "timeout 4 not hit", cm4.expired())
        except TimeoutError:
            log(name, "timeout 4 hit")
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
        log(name, "s6", state["n"])
    except (ValueError, KeyError) as e3:
        log(name, "caught", type(e3).__name__, e3)
    for i7 in range(2):
        log(name, "loop", i7)
        if state["n"] % 2 == 1:
            async with lock1:
                log(name, "holds lock1")
                if state["n"] % 3 == 1:
                    raise ValueError(f"{name}-8")
            try:
                async with asyncio.timeout(0.1) as cm9:
                    await asyncio.sleep(1)
                log(name, "timeout 9 not hit", cm9.expired())
            except TimeoutError:
                log(name, "timeout 9 hit")
    return None


async def c1(name):
    async def waiter10():
        try:
            return await fut10
        finally:
            log(name, "waiter10 leaves", fut10.cancelled())
    fut10 = asyncio.get_running_loop().create_future()
    t10 = asyncio.create_task(waiter10())
    await asyncio.sleep(0)
    fut10.set_result("set 10")
    try:
        log(name, "t10 gave", await t10)
    except asyncio.CancelledError as e_t10:
        log(name, "t10 cancelled", t10.cancelled(), e_t10.args)
    except Exception as e_t10:
        log(name, "t10 failed", type(e_t10).__name__)
    r11 = await c0(f"{name}.12")
    log(name, "got", r11)
    try:
        async with asyncio.TaskGroup() as tg13:
            tg13.create_task(c0(f"{name}.14"), name=f"{name}.g13")
        log(name, "group 13 done")
    except ExceptionGroup as eg13:
        log(name, "group errors", sorted(type(e).__name__ for e in eg13.exceptions))
    return (name, state["n"])


async def c2(name):
    if state["n"] % 4 == 1:
        raise ValueError(f"{name}-15")
    log(name, "s16", state["n"])
    try:
        item17 = queue0.get_nowait()
        log(name, "got item", item17)
        queue0.task_done()
    except asyncio.QueueEmpty:
        log(name, "queue0 empty")
    try:
        r18 = await asyncio.wait_for(c0(f"{name}.19"), timeout=1.5)
        log(name, "in time", r18)
    except TimeoutError:
        log(name, "wait_for 18 timed out")
    return None


async def main():
    name = "main"
    try:
        r20 = await asyncio.gather(c2(f"{name}.21"), return_exceptions=True)
        log(name, "gathered", r20)
        r22 = await c1(f"{name}.23")
        log(name, "got", r22)
        log(name, "s24", state["n"])
        fut25 = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.1, fut25.set_result, "value 25")
        log(name, "future gave", await fut25)
        r26 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.26", 0.5)
        log(name, r26)
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
