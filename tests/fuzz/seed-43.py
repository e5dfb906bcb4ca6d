# asyncgen seed 43
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
sem0 = asyncio.Semaphore(1)
cond0 = asyncio.Condition()



async def c0(name):
    for i1 in range(3):
        log(name, "loop", i1)
        await asyncio.sleep(0.5)
    async def waiter2():
        async with lock0:
            log(name, "waiter2 got lock0")
        return "w2"
    async with lock0:
        t2 = asyncio.create_task(waiter2())
        await asyncio.sleep(0)
    try:
        log(name, "t2 gave", await t2)
    except asyncio.CancelledError as e_t2:
        log(name, "t2 cancelled", t2.cancelled(), e_t2.args)
    except Exception as e_t2:
        log(name, "t2 failed", type(e_t2).__name__)
    log(name, "s3", state["n"])
    return (name, state["n"])


async def c1(name):
    state["n"] += 1
    r4 = await asyncio.gather(c0(f"{name}.5"), return_exceptions=True)
    log(name, "gathered", r4)
    if state["n"] % 2 == 0:
        async with cond0:
            try:
                await asyncio.wait_for(cond0.wait(), 3)
                log(name, "cond0 woke", state["n"])
            except TimeoutError:
                log(name, "cond0 timeout", cond0.locked())
        async with cond0:
            try:
                await asyncio.wait_for(cond0.wait(), 0.1)
                log(name, "cond0 woke", state["n"])
            except TimeoutError:
                log(name, "cond0 timeout", cond0.locked())
        t6 = asyncio.create_task(c0(f"{name}.7"), name=f"{name}.t6")
        t6.cancel("stop t6")
        try:
            log(name, "t6 gave", await t6)
        except asyncio.CancelledError as e_t6:
            log(name, "t6 cancelled", t6.cancelled(), e_t6.args)
        except Exception as e_t6:
            log(name, "t6 failed", type(e_t6).__name__)
    if state["n"] % 2 == 0:
        return f"{name} early"
    async def waiter8():
        async with lock0:
            log(name, "waiter8 got lock0")
        return "w8"
    async with lock0:
        t8 = asyncio.create_task(waiter8())
        await asyncio.sleep(0)
    try:
        log(name, "t8 gave", await t8)
    except asyncio.CancelledError as e_t8:
        log(name, "t8 cancelled", t8.cancelled(), e_t8.args)
    except Exception as e_t8:
        log(name, "t8 failed", type(e_t8).__name__)
    return state["n"]


async def main():
    name = "main"
    try:
        t9 = asyncio.create_task(c0(f"{name}.10"), name=f"{name}.t9")
        await asyncio.sleep(0)
        log(name, "cancel", t9.cancel())
        try:
            log(name, "t9 gave", await t9)
        except asyncio.CancelledError as e_t9:
            log(name, "t9 cancelled", t9.cancelled(), e_t9.args)
        except Exception as e_t9:
            log(name, "t9 failed", type(e_t9).__name__)
        loop11 = asyncio.get_running_loop()
        loop11.call_later(0, callback, f"{name}.11")
        fut12 = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.1, fut12.set_result, "value 12")
        log(name, "future gave", await fut12)
        r13 = await asyncio.sleep(0, result="slept 13")
        log(name, r13)
        r14 = await asyncio.sleep(0.2, result="slept 14")
        log(name, r14)
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
