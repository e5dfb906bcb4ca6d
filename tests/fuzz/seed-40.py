# asyncgen seed 40
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
sem0 = asyncio.Semaphore(2)
event0 = asyncio.Event()
event1 = asyncio.Event()
queue0 = asyncio.LifoQueue(maxsize=1)
queue1 = asyncio.PriorityQueue()
barrier0 = asyncio.Barrier(2)


async def agen0(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")

async def agen1(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}:{i}"


async def c0(name):
    try:
        await asyncio.sleep(2)
    except (ValueError, KeyError) as e1:
        log(name, "caught", type(e1).__name__, e1)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
    log(name, "s2", state["n"])
    async def waiter3():
        try:
            return await fut3
        finally:
            log(name, "waiter3 leaves", fut3.cancelled())
    fut3 = asyncio.get_running_loop().create_future()
    t3 = asyncio.create_task(waiter3())
    await asyncio.sleep(0)
    fut3.cancel()
    try:
        log(name, "t3 gave", await t3)
    except asyncio.CancelledError as e_t3:
        log(name, "t3 cancelled", t3.cancelled(), e_t3.args)
    except Exception as e_t3:
        log(name, "t3 failed", type(e_t3).__name__)
    fut4 = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut4.set_exception, ValueError("future 4"))
    try:
        await fut4
    except ValueError as e4:
        log(name, "future raised", e4)
    log(name, "s5", state["n"])
    return None


async def c1(name):
    try:
        async with asyncio.timeout(0.15) as cm6:
            r7 = await asyncio.gather(c0(f"{name}.8"), c0(f"{name}.9"), return_exceptions=True)
            log(name, "gathered", r7)
            if state["n"] % 2 == 0:
                return f"{name} early"
        log(name, "timeout 6 not hit", cm6.expired())
    except TimeoutError:
        log(name, "timeout 6 hit")
    log(name, "s10", state["n"])
    r11 = await asyncio.sleep(1, result="slept 11")
    log(name, r11)
    return (name, state["n"])


async def main():
    name = "main"
    try:
        try:
            async with asyncio.timeout(0) as cm12:
                try:
                    async with asyncio.TaskGroup() as tg13:
                        tg13.create_task(c0(f"{name}.14"), name=f"{name}.g13")
                    log(name, "group 13 done")
                except ExceptionGroup as eg13:
                    log(name, "group errors", sorted(type(e).__name__ for e in eg13.exceptions))
                r15 = await asyncio.sleep(1, result="slept 15")
                log(name, r15)
            log(name, "timeout 12 not hit", cm12.expired())
        except TimeoutError:
            log(name, "timeout 12 hit")
        r16 = await asyncio.gather(c1(f"{name}.17"), return_exceptions=True)
        log(name, "gathered", r16)
        state["n"] += 2
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
