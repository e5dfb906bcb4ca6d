# asyncgen seed 10
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
queue0 = asyncio.Queue()
barrier0 = asyncio.Barrier(2)


async def agen0(name, n):
    try:
        for i in range(n):
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")

async def agen1(name, n):
    try:
        for i in range(n):
            yield f"{name}:{i}"
    finally:
        log(name, "agen1 closed")


async def c0(name):
    log(name, "s1", state["n"])
    await asyncio.sleep(0)
    return f"{name} ok"


async def c1(name):
    if state["n"] % 4 == 2:
        return f"{name} early"
    state["n"] += 1
    await asyncio.sleep(1)
    return (name, state["n"])


async def c2(name):
    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(c1(f"{name}.3"), name=f"{name}.g2")
            try:
                log(name, "s5", state["n"])
                state["n"] += 1
            except TimeoutError as e4:
                log(name, "caught", type(e4).__name__, e4)
            except asyncio.CancelledError:
                log(name, "cancelled")
                raise
        log(name, "group 2 done")
    except ExceptionGroup as eg2:
        log(name, "group errors", sorted(type(e).__name__ for e in eg2.exceptions))
    log(name, "s6", state["n"])
    try:
        r7 = await asyncio.wait_for(c0(f"{name}.8"), timeout=0.5)
        log(name, "in time", r7)
    except TimeoutError:
        log(name, "wait_for 7 timed out")
    await queue0.put((0, f"{name}.9"))
    log(name, "queue0 size", queue0.qsize())
    return None


async def main():
    name = "main"
    try:
        try:
            async with asyncio.timeout(1.5) as cm10:
                await asyncio.sleep(0.1)
                await asyncio.sleep(0.1)
                try:
                    if state["n"] % 4 == 0:
                        return f"{name} early"
                except ValueError as e11:
                    log(name, "caught", type(e11).__name__, e11)
            log(name, "timeout 10 not hit", cm10.expired())
        except TimeoutError:
            log(name, "timeout 10 hit")
        state["n"] += 2
        try:
            r13 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.13", 0)
            log(name, r13)
            r14 = await asyncio.sleep(0, result="slept 14")
            log(name, r14)
            await asyncio.sleep(1)
        except (ValueError, KeyError) as e12:
            log(name, "caught", type(e12).__name__, e12)
        finally:
            log(name, "finally 12")
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
