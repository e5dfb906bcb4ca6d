# asyncgen seed 36
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
sem0 = asyncio.BoundedSemaphore(2)
event0 = asyncio.Event()
event1 = asyncio.Event()
queue0 = asyncio.Queue(maxsize=1)
queue1 = asyncio.PriorityQueue()


async def agen0(name, n):
    for i in range(n):
        yield f"{name}:{i}"

async def agen1(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield f"{name}:{i}"
    finally:
        log(name, "agen1 closed")


async def c0(name):
    try:
        await asyncio.wait_for(event0.wait(), 0.15)
        log(name, "event0 seen")
    except TimeoutError:
        log(name, "event0 timeout")
    try:
        await asyncio.wait_for(event0.wait(), 0)
        log(name, "event0 seen")
    except TimeoutError:
        log(name, "event0 timeout")
    return None


async def c1(name):
    try:
        r1 = await asyncio.wait_for(c0(f"{name}.2"), timeout=1)
        log(name, "in time", r1)
    except TimeoutError:
        log(name, "wait_for 1 timed out")
    try:
        log(name, "s4", state["n"])
        t5 = asyncio.create_task(c0(f"{name}.6"), name=f"{name}.t5")
        await asyncio.wait([t5])
        log(name, "cancel after done", t5.cancel())
        try:
            log(name, "t5 gave", await t5)
        except asyncio.CancelledError as e_t5:
            log(name, "t5 cancelled", t5.cancelled(), e_t5.args)
        except Exception as e_t5:
            log(name, "t5 failed", type(e_t5).__name__)
    except RuntimeError as e3:
        log(name, "caught", type(e3).__name__, e3)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
    try:
        async with asyncio.timeout(1) as cm7:
            try:
                if state["n"] % 2 == 1:
                    raise ValueError(f"{name}-9")
                await asyncio.sleep(0)
            except asyncio.CancelledError:
                log(name, "cancelled")
                raise
            finally:
                log(name, "finally 8")
            try:
                async with asyncio.timeout(3) as cm10:
                    await asyncio.sleep(2)
                    r11 = await asyncio.sleep(0.1, result="slept 11")
                    log(name, r11)
                log(name, "timeout 10 not hit", cm10.expired())
            except TimeoutError:
                log(name, "timeout 10 hit")
        log(name, "timeout 7 not hit", cm7.expired())
    except TimeoutError:
        log(name, "timeout 7 hit")
    await asyncio.sleep(0.1)
    return None


async def c2(name):
    if state["n"] % 2 == 0:
        return f"{name} early"
    log(name, "s12", state["n"])
    await asyncio.sleep(0.1)
    async with sem0:
        log(name, "in sem0", sem0.locked())
        for i13 in range(2):
            log(name, "loop", i13)
            state["n"] += 2
            if state["n"] % 2 == 1:
                return f"{name} early"
        log(name, "s14", state["n"])
    async with sem0:
        log(name, "in sem0", sem0.locked())
        loop15 = asyncio.get_running_loop()
        loop15.call_later(1, callback, f"{name}.15")
        t16 = asyncio.create_task(c0(f"{name}.17"), name=f"{name}.t16")
        await asyncio.sleep(2)
        log(name, "cancel", t16.cancel())
        try:
            log(name, "t16 gave", await t16)
        except asyncio.CancelledError as e_t16:
            log(name, "t16 cancelled", t16.cancelled(), e_t16.args)
        except Exception as e_t16:
            log(name, "t16 failed", type(e_t16).__name__)
        r18 = await asyncio.sleep(1, result="slept 18")
        log(name, r18)
    return (name, state["n"])


async def c3(name):
    state["n"] += 3
    state["n"] += 2
    t19 = asyncio.create_task(c2(f"{name}.20"), name=f"{name}.t19")
    await asyncio.sleep(0)
    log(name, "cancel", t19.cancel())
    try:
        log(name, "t19 gave", await t19)
    except asyncio.CancelledError as e_t19:
        log(name, "t19 cancelled", t19.cancelled(), e_t19.args)
    except Exception as e_t19:
        log(name, "t19 failed", type(e_t19).__name__)
    await asyncio.sleep(1)
    return state["n"]


async def main():
    name = "main"
    try:
        r21 = await asyncio.gather(c1(f"{name}.22"), c1(f"{name}.23"), c3(f"{name}.24"), return_exceptions=False)
        log(name, "gathered", r21)
        log(name, "s25", state["n"])
        try:
            if state["n"] % 2 == 0:
                try:
                    item27 = await asyncio.wait_for(queue0.get(), 1)
                    log(name, "got item", item27)
                    queue0.task_done()
                except TimeoutError:
                    log(name, "queue0 empty")
            ts28 = [asyncio.create_task(c2(f"{name}.29"), name=f"{name}.w28.0"), asyncio.create_task(c2(f"{name}.30"), name=f"{name}.w28.1"), asyncio.create_task(c3(f"{name}.31"), name=f"{name}.w28.2")]
            done32, pending32 = await asyncio.wait(ts28, timeout=0.5, return_when=asyncio.ALL_COMPLETED)
            for t in sorted(done32, key=asyncio.Task.get_name):
                log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
            for t in sorted(pending32, key=asyncio.Task.get_name):
                log(name, "pending", t.get_name(), t.cancel())
            try:
                item33 = await asyncio.wait_for(queue1.get(), 0.5)
                log(name, "got item", item33)
                queue1.task_done()
            except TimeoutError:
                log(name, "queue1 empty")
        finally:
            log(name, "finally 26")
        await asyncio.sleep(0)
        state["n"] += 3
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
