# asyncgen seed 26
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
sem0 = asyncio.Semaphore(1)
event0 = asyncio.Event()
event1 = asyncio.Event()
queue0 = asyncio.Queue(maxsize=2)
queue1 = asyncio.LifoQueue(maxsize=2)
barrier0 = asyncio.Barrier(3)


async def agen0(name, n):
    try:
        for i in range(n):
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")


async def c0(name):
    await asyncio.sleep(2)
    async def waiter1():
        async with lock0:
            log(name, "waiter1 got lock0")
        return "w1"
    async with lock0:
        t1 = asyncio.create_task(waiter1())
        await asyncio.sleep(0)
        log(name, "cancel waiter", t1.cancel())
    try:
        log(name, "t1 gave", await t1)
    except asyncio.CancelledError as e_t1:
        log(name, "t1 cancelled", t1.cancelled(), e_t1.args)
    except Exception as e_t1:
        log(name, "t1 failed", type(e_t1).__name__)
    event0.set()
    log(name, "event0 set")
    r2 = await asyncio.to_thread(blocking, f"{name}.2", 1)
    log(name, r2)
    return state["n"]


async def c1(name):
    log(name, "s3", state["n"])
    loop4 = asyncio.get_running_loop()
    loop4.call_at(loop4.time() + 1, callback, f"{name}.4")
    await asyncio.sleep(0)
    if state["n"] % 3 == 1:
        return f"{name} early"
    return f"{name} ok"


async def main():
    name = "main"
    try:
        async def waiter5():
            try:
                return await fut5
            finally:
                log(name, "waiter5 leaves", fut5.cancelled())
        fut5 = asyncio.get_running_loop().create_future()
        t5 = asyncio.create_task(waiter5())
        await asyncio.sleep(0)
        log(name, "cancel", t5.cancel())
        try:
            log(name, "t5 gave", await t5)
        except asyncio.CancelledError as e_t5:
            log(name, "t5 cancelled", t5.cancelled(), e_t5.args)
        except Exception as e_t5:
            log(name, "t5 failed", type(e_t5).__name__)
        t6 = asyncio.create_task(c0(f"{name}.7"), name=f"{name}.t6")
        try:
            log(name, "t6 gave", await t6)
        except asyncio.CancelledError as e_t6:
            log(name, "t6 cancelled", t6.cancelled(), e_t6.args)
        except Exception as e_t6:
            log(name, "t6 failed", type(e_t6).__name__)
        t8 = asyncio.create_task(c1(f"{name}.9"), name=f"{name}.t8")
        try:
            log(name, "t8 gave", await t8)
        except asyncio.CancelledError as e_t8:
            log(name, "t8 cancelled", t8.cancelled(), e_t8.args)
        except Exception as e_t8:
            log(name, "t8 failed", type(e_t8).__name__)
        try:
            async with asyncio.timeout(0) as cm10:
                async def waiter11():
                    try:
                        return await fut11
                    finally:
                        log(name, "waiter11 leaves", fut11.cancelled())
                fut11 = asyncio.get_running_loop().create_future()
                t11 = asyncio.create_task(waiter11())
                await asyncio.sleep(0)
                log(name, "cancel", t11.cancel())
                try:
                    log(name, "t11 gave", await t11)
                except asyncio.CancelledError as e_t11:
                    log(name, "t11 cancelled", t11.cancelled(), e_t11.args)
                except Exception as e_t11:
                    log(name, "t11 failed", type(e_t11).__name__)
            log(name, "timeout 10 not hit", cm10.expired())
        except TimeoutError:
            log(name, "timeout 10 hit")
        await asyncio.sleep(2)
        r12 = await asyncio.sleep(0.2, result="slept 12")
        log(name, r12)
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
