# asyncgen seed 19
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
barrier0 = asyncio.Barrier(2)


async def agen0(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.5)
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")


async def c0(name):
    try:
        await asyncio.wait_for(event1.wait(), 1.5)
        log(name, "event1 seen")
    except TimeoutError:
        log(name, "event1 timeout")
    try:
        async with asyncio.timeout(1.5) as cm1:
            r2 = await asyncio.sleep(0.5, result="slept 2")
            log(name, r2)
            state["n"] += 1
        log(name, "timeout 1 not hit", cm1.expired())
    except TimeoutError:
        log(name, "timeout 1 hit")
    state["n"] += 2
    return None


async def c1(name):
    state["n"] += 3
    try:
        await asyncio.wait_for(event1.wait(), 3)
        log(name, "event1 seen")
    except TimeoutError:
        log(name, "event1 timeout")
    r3 = await asyncio.sleep(1, result="slept 3")
    log(name, r3)
    t4 = asyncio.create_task(c0(f"{name}.5"), name=f"{name}.t4")
    try:
        log(name, "shielded", await asyncio.wait_for(asyncio.shield(t4), 1))
    except TimeoutError:
        log(name, "shield timed out; inner done:", t4.done())
    try:
        log(name, "t4 gave", await t4)
    except asyncio.CancelledError as e_t4:
        log(name, "t4 cancelled", t4.cancelled(), e_t4.args)
    except Exception as e_t4:
        log(name, "t4 failed", type(e_t4).__name__)
    return state["n"]


async def c2(name):
    r6 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.6", 0)
    log(name, r6)
    state["n"] += 3
    state["n"] += 2
    return None


async def main():
    name = "main"
    try:
        r7 = await asyncio.gather(c0(f"{name}.8"), c1(f"{name}.9"), c0(f"{name}.10"), return_exceptions=True)
        log(name, "gathered", r7)
        async for x11 in agen0(f"{name}.11", 2):
            log(name, "item", x11)
        event0.clear()
        log(name, "event0 clear")
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
