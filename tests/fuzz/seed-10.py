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
            tg2.create_task(c1(f"{name}.3"), name=f"{name}.g2.0")
            tg2.create_task(c1(f"{name}.4"), name=f"{name}.g2.1")
        log(name, "group 2 done")
    except ExceptionGroup as eg2:
        log(name, "group errors", sorted(type(e).__name__ for e in eg2.exceptions))
    state["n"] += 2
    for i5 in range(1):
        log(name, "loop", i5)
        try:
            async for x7 in agen1(f"{name}.7", 4):
                log(name, "item", x7)
            await asyncio.sleep(0.1)
            try:
                await asyncio.sleep(0.2)
            except (ValueError, KeyError) as e8:
                log(name, "caught", type(e8).__name__, e8)
            finally:
                log(name, "finally 8")
        except TimeoutError as e6:
            log(name, "caught", type(e6).__name__, e6)
        state["n"] += 3
    await asyncio.sleep(0.2)
    return f"{name} ok"


async def main():
    name = "main"
    try:
        t9 = asyncio.create_task(c1(f"{name}.10"), name=f"{name}.t9")
        await asyncio.sleep(0)
        log(name, "cancel", t9.cancel())
        try:
            log(name, "t9 gave", await t9)
        except asyncio.CancelledError as e_t9:
            log(name, "t9 cancelled", t9.cancelled(), e_t9.args)
        except Exception as e_t9:
            log(name, "t9 failed", type(e_t9).__name__)
        try:
            r12 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.12", 0)
            log(name, r12)
            for i13 in range(2):
                log(name, "loop", i13)
                state["n"] += 1
            try:
                async with asyncio.timeout(1):
                    position14 = await barrier0.wait()
                log(name, "passed barrier0", position14)
            except TimeoutError:
                log(name, "barrier0 timeout", barrier0.broken)
            except asyncio.BrokenBarrierError:
                log(name, "barrier0 broken")
        finally:
            log(name, "finally 11")
        try:
            queue0.put_nowait((2, f"{name}.16"))
            log(name, "queue0 size", queue0.qsize())
            await asyncio.sleep(0.5)
            try:
                async with asyncio.TaskGroup() as tg17:
                    tg17.create_task(c0(f"{name}.18"), name=f"{name}.g17.0")
                log(name, "group 17 done")
            except ExceptionGroup as eg17:
                log(name, "group errors", sorted(type(e).__name__ for e in eg17.exceptions))
        except ValueError as e15:
            log(name, "caught", type(e15).__name__, e15)
        await queue0.put((0, f"{name}.19"))
        log(name, "queue0 size", queue0.qsize())
        r20 = await asyncio.gather(c0(f"{name}.21"), c2(f"{name}.22"), c0(f"{name}.23"), return_exceptions=True)
        log(name, "gathered", r20)
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
