# asyncgen seed 30
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
queue0 = asyncio.PriorityQueue()
queue1 = asyncio.PriorityQueue()


async def agen0(name, n):
    for i in range(n):
        yield f"{name}:{i}"

async def agen1(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.2)
            yield f"{name}:{i}"
    finally:
        log(name, "agen1 closed")


async def c0(name):
    await asyncio.sleep(1)
    await asyncio.sleep(0.5)
    fut1 = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.2, fut1.set_result, "value 1")
    log(name, "future gave", await fut1)
    async with cond0:
        state["n"] += 1
        cond0.notify(1)
        log(name, "cond0 notify(1)")
    return f"{name} ok"


async def c1(name):
    try:
        if state["n"] % 2 == 1:
            loop3 = asyncio.get_running_loop()
            loop3.call_at(loop3.time() + 1, callback, f"{name}.3")
            t4 = asyncio.create_task(c0(f"{name}.5"))
            log(name, "cancel", t4.cancel())
            try:
                log(name, "t4 gave", await t4)
            except asyncio.CancelledError as e_t4:
                log(name, "t4 cancelled", t4.cancelled(), e_t4.args)
            except Exception as e_t4:
                log(name, "t4 failed", type(e_t4).__name__)
            log(name, "s6", state["n"])
        else:
            await asyncio.sleep(0.1)
    except TimeoutError as e2:
        log(name, "caught", type(e2).__name__, e2)
    await asyncio.sleep(0.5)
    return None


async def c2(name):
    await asyncio.sleep(0)
    try:
        r7 = await asyncio.wait_for(c1(f"{name}.8"), timeout=0.15)
        log(name, "in time", r7)
    except TimeoutError:
        log(name, "wait_for 7 timed out")
    async with cond0:
        try:
            await asyncio.wait_for(cond0.wait(), 3)
            log(name, "cond0 woke", state["n"])
        except TimeoutError:
            log(name, "cond0 timeout", cond0.locked())
    return f"{name} ok"


async def c3(name):
    try:
        await asyncio.wait_for(event1.wait(), 0.1)
        log(name, "event1 seen")
    except TimeoutError:
        log(name, "event1 timeout")
    loop9 = asyncio.get_running_loop()
    loop9.call_later(0.1, callback, f"{name}.9")
    return state["n"]


async def main():
    name = "main"
    try:
        ts10 = [asyncio.create_task(c3(f"{name}.11"), name=f"{name}.w10.0"), asyncio.create_task(c3(f"{name}.12"), name=f"{name}.w10.1")]
        try:
            for f13 in asyncio.as_completed(ts10, timeout=3):
                try:
                    log(name, "completed", await f13)
                except (ValueError, KeyError, RuntimeError) as e13:
                    log(name, "completed with", type(e13).__name__)
        except TimeoutError:
            log(name, "as_completed timed out")
        state["n"] += 1
        log(name, "s14", state["n"])
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
