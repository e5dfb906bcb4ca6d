# asyncgen seed 8
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
sem0 = asyncio.BoundedSemaphore(1)
event0 = asyncio.Event()
queue0 = asyncio.Queue()



async def c0(name):
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(3) as cm1:
            try:
                await asyncio.sleep(0.1)
                await asyncio.sleep(0.1)
            finally:
                log(name, "finally 2")
            if state["n"] % 4 == 1:
                return f"{name} early"
        log(name, "timeout 1 not hit", cm1.expired())
    except TimeoutError:
        log(name, "timeout 1 hit")
    await asyncio.sleep(1)
    return f"{name} ok"


async def c1(name):
    await asyncio.sleep(0.5)
    loop3 = asyncio.get_running_loop()
    h3 = loop3.call_later(0, callback, f"{name}.3")
    h3.cancel()
    log(name, "handle cancelled", h3.cancelled())
    log(name, "s4", state["n"])
    if state["n"] % 4 == 2:
        raise ValueError(f"{name}-5")
    loop6 = asyncio.get_running_loop()
    loop6.call_soon(callback, f"{name}.6")
    return None


async def c2(name):
    try:
        item7 = await asyncio.wait_for(queue0.get(), 1)
        log(name, "got item", item7)
        queue0.task_done()
    except TimeoutError:
        log(name, "queue0 empty")
    try:
        r8 = await asyncio.wait_for(c0(f"{name}.9"), timeout=0)
        log(name, "in time", r8)
    except TimeoutError:
        log(name, "wait_for 8 timed out")
    event0.set()
    log(name, "event0 set")
    return state["n"]


async def main():
    name = "main"
    try:
        try:
            r10 = await asyncio.gather(c0(f"{name}.11"), c0(f"{name}.12"), c1(f"{name}.13"), return_exceptions=False)
            log(name, "gathered", r10)
        except Exception as e10:
            log(name, "gather raised", repr(e10))
        log(name, "s14", state["n"])
        r15 = await c2(f"{name}.16")
        log(name, "got", r15)
        log(name, "s17", state["n"])
        try:
            async def waiter19():
                async with lock0:
                    log(name, "waiter19 got lock0")
                return "w19"
            async with lock0:
                t19 = asyncio.create_task(waiter19())
                await asyncio.sleep(0)
                log(name, "cancel waiter", t19.cancel())
            try:
                log(name, "t19 gave", await t19)
            except asyncio.CancelledError as e_t19:
                log(name, "t19 cancelled", t19.cancelled(), e_t19.args)
            except Exception as e_t19:
                log(name, "t19 failed", type(e_t19).__name__)
        except (ValueError, KeyError) as e18:
            log(name, "caught", type(e18).__name__, e18)
        log(name, "s20", state["n"])
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
