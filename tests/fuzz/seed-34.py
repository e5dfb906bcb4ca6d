# asyncgen seed 34
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
cond0 = asyncio.Condition()
queue0 = asyncio.Queue()
queue1 = asyncio.Queue()


async def agen0(name, n):
    for i in range(n):
        await asyncio.sleep(1)
        yield f"{name}:{i}"


async def c0(name):
    if state["n"] % 2 == 1:
        try:
            async with asyncio.timeout(1) as cm1:
                log(name, "s2", state["n"])
                if state["n"] % 4 == 3:
                    raise KeyError(f"{name}-3")
                await asyncio.sleep(0.2)
            log(name, "timeout 1 not hit", cm1.expired())
        except TimeoutError:
            log(name, "timeout 1 hit")
        if state["n"] % 3 == 2:
            return f"{name} early"
    r4 = await asyncio.to_thread(blocking, f"{name}.4", 1)
    log(name, r4)
    log(name, "s5", state["n"])
    return None


async def c1(name):
    for i6 in range(1):
        log(name, "loop", i6)
        if state["n"] % 4 == 1:
            raise KeyError(f"{name}-7")
    async for x8 in agen0(f"{name}.8", 4):
        log(name, "item", x8)
    return f"{name} ok"


async def main():
    name = "main"
    try:
        try:
            async with asyncio.timeout(1) as cm9:
                try:
                    r10 = await asyncio.gather(c1(f"{name}.11"), return_exceptions=False)
                    log(name, "gathered", r10)
                except Exception as e10:
                    log(name, "gather raised", repr(e10))
                try:
                    item12 = await asyncio.wait_for(queue1.get(), 0.5)
                    log(name, "got item", item12)
                    queue1.task_done()
                except TimeoutError:
                    log(name, "queue1 empty")
                try:
                    if state["n"] % 4 == 3:
                        raise RuntimeError(f"{name}-14")
                    if state["n"] % 2 == 1:
                        return f"{name} early"
                    state["n"] += 1
                finally:
                    log(name, "finally 13")
            log(name, "timeout 9 not hit", cm9.expired())
        except TimeoutError:
            log(name, "timeout 9 hit")
        async with cond0:
            try:
                await asyncio.wait_for(cond0.wait(), 0)
                log(name, "cond0 woke", state["n"])
            except TimeoutError:
                log(name, "cond0 timeout", cond0.locked())
        try:
            async with sem0:
                log(name, "in sem0", sem0.locked())
                async def waiter16():
                    async with lock0:
                        log(name, "waiter16 got lock0")
                    return "w16"
                async with lock0:
                    t16 = asyncio.create_task(waiter16())
                    await asyncio.sleep(0)
                    log(name, "cancel waiter", t16.cancel())
                try:
                    log(name, "t16 gave", await t16)
                except asyncio.CancelledError as e_t16:
                    log(name, "t16 cancelled", t16.cancelled(), e_t16.args)
                except Exception as e_t16:
                    log(name, "t16 failed", type(e_t16).__name__)
        except ValueError as e15:
            log(name, "caught", type(e15).__name__, e15)
        finally:
            log(name, "finally 15")
        try:
            async with asyncio.TaskGroup() as tg17:
                tg17.create_task(c1(f"{name}.18"), name=f"{name}.g17")
                r19 = await asyncio.sleep(0, result="slept 19")
                log(name, r19)
            log(name, "group 17 done")
        except ExceptionGroup as eg17:
            log(name, "group errors", sorted(type(e).__name__ for e in eg17.exceptions))
        r20 = await asyncio.gather(c0(f"{name}.21"), return_exceptions=False)
        log(name, "gathered", r20)
        ts22 = [asyncio.create_task(c0(f"{name}.23"), name=f"{name}.w22.0"), asyncio.create_task(c0(f"{name}.24"), name=f"{name}.w22.1")]
        done25, pending25 = await asyncio.wait(ts22, timeout=1.5, return_when=asyncio.ALL_COMPLETED)
        for t in sorted(done25, key=asyncio.Task.get_name):
            log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
        for t in sorted(pending25, key=asyncio.Task.get_name):
            log(name, "pending", t.get_name(), t.cancel())
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
