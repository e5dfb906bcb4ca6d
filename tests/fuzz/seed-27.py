# asyncgen seed 27
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
event1 = asyncio.Event()
queue0 = asyncio.PriorityQueue()


async def agen0(name, n):
    try:
        for i in range(n):
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")

async def agen1(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}:{i}"


async def c0(name):
    async def waiter1():
        try:
            return await fut1
        finally:
            log(name, "waiter1 leaves", fut1.cancelled())
    fut1 = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(waiter1())
    await asyncio.sleep(0)
    fut1.cancel()
    try:
        log(name, "t1 gave", await t1)
    except asyncio.CancelledError as e_t1:
        log(name, "t1 cancelled", t1.cancelled(), e_t1.args)
    except Exception as e_t1:
        log(name, "t1 failed", type(e_t1).__name__)
    try:
        item2 = await asyncio.wait_for(queue0.get(), 0.15)
        log(name, "got item", item2)
        queue0.task_done()
    except TimeoutError:
        log(name, "queue0 empty")
    log(name, "s3", state["n"])
    return state["n"]


async def c1(name):
    await asyncio.sleep(0.2)
    state["n"] += 1
    r4 = await c0(f"{name}.5")
    log(name, "got", r4)
    return None


async def c2(name):
    try:
        async with asyncio.TaskGroup() as tg7:
            tg7.create_task(c1(f"{name}.8"), name=f"{name}.g7.0")
            log(name, "s9", state["n"])
            await asyncio.sleep(0)
            log(name, "s10", state["n"])
        log(name, "group 7 done")
        try:
            item11 = queue0.get_nowait()
            log(name, "got item", item11)
            queue0.task_done()
        except asyncio.QueueEmpty:
            log(name, "queue0 empty")
        async def waiter12():
            try:
                return await fut12
            finally:
                log(name, "waiter12 leaves", fut12.cancelled())
        fut12 = asyncio.get_running_loop().create_future()
        t12 = asyncio.create_task(waiter12())
        await asyncio.sleep(0)
        log(name, "cancel", t12.cancel())
        try:
            log(name, "t12 gave", await t12)
        except asyncio.CancelledError as e_t12:
            log(name, "t12 cancelled", t12.cancelled(), e_t12.args)
        except Exception as e_t12:
            log(name, "t12 failed", type(e_t12).__name__)
    except ValueError as e6:
        log(name, "caught", type(e6).__name__, e6)
    await asyncio.sleep(0)
    log(name, "s13", state["n"])
    return state["n"]


async def main():
    name = "main"
    try:
        r14 = await asyncio.gather(c2(f"{name}.15"), return_exceptions=True)
        log(name, "gathered", r14)
        r16 = await asyncio.gather(c0(f"{name}.17"), return_exceptions=True)
        log(name, "gathered", r16)
        await lock0.acquire()
        try:
            log(name, "acquired lock0", lock0.locked())
            state["n"] += 1
            event0.set()
            log(name, "event0 set")
        finally:
            lock0.release()
        await asyncio.sleep(0.2)
        event1.set()
        log(name, "event1 set")
        ts18 = [asyncio.create_task(c2(f"{name}.19"), name=f"{name}.w18.0"), asyncio.create_task(c1(f"{name}.20"), name=f"{name}.w18.1"), asyncio.create_task(c2(f"{name}.21"), name=f"{name}.w18.2")]
        done22, pending22 = await asyncio.wait(ts18)
        for t in sorted(done22, key=asyncio.Task.get_name):
            log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
        for t in sorted(pending22, key=asyncio.Task.get_name):
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
