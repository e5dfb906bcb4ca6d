# asyncgen seed 28
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
event0 = asyncio.Event()
cond0 = asyncio.Condition()



async def c0(name):
    try:
        await asyncio.wait_for(event0.wait(), 0)
        log(name, "event0 seen")
    except TimeoutError:
        log(name, "event0 timeout")
    log(name, "s1", state["n"])
    try:
        r3 = await asyncio.to_thread(blocking, f"{name}.3", 0.2)
        log(name, r3)
        loop4 = asyncio.get_running_loop()
        loop4.call_at(loop4.time() + 0, callback, f"{name}.4")
        log(name, "s5", state["n"])
    finally:
        log(name, "finally 2")
    for i6 in range(1):
        log(name, "loop", i6)
        for i7 in range(3):
            log(name, "loop", i7)
            try:
                async with asyncio.timeout(0) as cm8:
                    if state["n"] % 2 == 1:
                        raise ValueError(f"{name}-9")
                log(name, "timeout 8 not hit", cm8.expired())
            except TimeoutError:
                log(name, "timeout 8 hit")
        log(name, "s10", state["n"])
    if state["n"] % 2 == 0:
        log(name, "s11", state["n"])
        try:
            if state["n"] % 3 == 0:
                return f"{name} early"
            state["n"] += 3
            r13 = await asyncio.sleep(1, result="slept 13")
            log(name, r13)
        except TimeoutError as e12:
            log(name, "caught", type(e12).__name__, e12)
        except asyncio.CancelledError:
            log(name, "cancelled")
            raise
        await asyncio.sleep(2)
    return (name, state["n"])


async def c1(name):
    state["n"] += 3
    fut14 = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut14.set_exception, ValueError("future 14"))
    try:
        await fut14
    except ValueError as e14:
        log(name, "future raised", e14)
    return (name, state["n"])


async def main():
    name = "main"
    try:
        try:
            r15 = await asyncio.wait_for(c0(f"{name}.16"), timeout=3)
            log(name, "in time", r15)
        except TimeoutError:
            log(name, "wait_for 15 timed out")
        await asyncio.sleep(1)
        r17 = await asyncio.gather(c0(f"{name}.18"), c0(f"{name}.19"), return_exceptions=True)
        log(name, "gathered", r17)
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
