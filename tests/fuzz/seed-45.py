# asyncgen seed 45
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
queue0 = asyncio.LifoQueue()


async def agen0(name, n):
    for i in range(n):
        yield f"{name}:{i}"


async def c0(name):
    fut1 = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.5, fut1.set_result, "value 1")
    log(name, "future gave", await fut1)
    queue0.put_nowait((2, f"{name}.2"))
    log(name, "queue0 size", queue0.qsize())
    return None


async def c1(name):
    r3 = await asyncio.gather(c0(f"{name}.4"), c0(f"{name}.5"), c0(f"{name}.6"), return_exceptions=True)
    log(name, "gathered", r3)
    async with lock0:
        log(name, "holds lock0")
        if state["n"] % 2 == 1:
            async def waiter7():
                try:
                    return await fut7
                finally:
                    log(name, "waiter7 leaves", fut7.cancelled())
            fut7 = asyncio.get_running_loop().create_future()
            t7 = asyncio.create_task(waiter7())
            await asyncio.sleep(0)
            log(name, "cancel", t7.cancel())
            try:
                log(name, "t7 gave", await t7)
            except asyncio.CancelledError as e_t7:
                log(name, "t7 cancelled", t7.cancelled(), e_t7.args)
            except Exception as e_t7:
                log(name, "t7 failed", type(e_t7).__name__)
            try:
                async with asyncio.timeout(1.5) as cm8:
                    await asyncio.sleep(2)
                    await asyncio.sleep(1)
                    log(name, "s9", state["n"])
                log(name, "timeout 8 not hit", cm8.expired())
            except TimeoutError:
                log(name, "timeout 8 hit")
            log(name, "already holding")
        state["n"] += 1
    queue0.put_nowait((2, f"{name}.10"))
    log(name, "queue0 size", queue0.qsize())
    log(name, "s11", state["n"])
    return None


async def c2(name):
    log(name, "s12", state["n"])
    r13 = await c1(f"{name}.14")
    log(name, "got", r13)
    return f"{name} ok"


async def main():
    name = "main"
    try:
        async def waiter15():
            try:
                return await fut15
            finally:
                log(name, "waiter15 leaves", fut15.cancelled())
        fut15 = asyncio.get_running_loop().create_future()
        t15 = asyncio.create_task(waiter15())
        await asyncio.sleep(0)
        log(name, "cancel", t15.cancel())
        try:
            log(name, "t15 gave", await t15)
        except asyncio.CancelledError as e_t15:
            log(name, "t15 cancelled", t15.cancelled(), e_t15.args)
        except Exception as e_t15:
            log(name, "t15 failed", type(e_t15).__name__)
        await asyncio.sleep(1)
        log(name, "s16", state["n"])
        r17 = await c1(f"{name}.18")
        log(name, "got", r17)
        await asyncio.sleep(0.2)
        await asyncio.sleep(1)
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
