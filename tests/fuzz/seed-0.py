# asyncgen seed 0
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
queue0 = asyncio.Queue()
barrier0 = asyncio.Barrier(2)


async def agen0(name, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield f"{name}:{i}"

async def agen1(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.5)
            yield f"{name}:{i}"
    finally:
        log(name, "agen1 closed")


async def c0(name):
    event0.clear()
    log(name, "event0 clear")
    try:
        item1 = await asyncio.wait_for(queue0.get(), 0.15)
        log(name, "got item", item1)
        queue0.task_done()
    except TimeoutError:
        log(name, "queue0 empty")
    return (name, state["n"])


async def c1(name):
    async def waiter2():
        try:
            return await fut2
        finally:
            log(name, "waiter2 leaves", fut2.cancelled())
    fut2 = asyncio.get_running_loop().create_future()
    t2 = asyncio.create_task(waiter2())
    await asyncio.sleep(0)
    fut2.set_result("set 2")
    try:
        log(name, "t2 gave", await t2)
    except asyncio.CancelledError as e_t2:
        log(name, "t2 cancelled", t2.cancelled(), e_t2.args)
    except Exception as e_t2:
        log(name, "t2 failed", type(e_t2).__name__)
    state["n"] += 3
    await asyncio.sleep(0.1)
    log(name, "s3", state["n"])
    return (name, state["n"])


async def c2(name):
    t4 = asyncio.create_task(c1(f"{name}.5"), name=f"{name}.t4")
    try:
        log(name, "shielded", await asyncio.wait_for(asyncio.shield(t4), 0))
    except TimeoutError:
        log(name, "shield timed out; inner done:", t4.done())
    try:
        log(name, "t4 gave", await t4)
    except asyncio.CancelledError as e_t4:
        log(name, "t4 cancelled", t4.cancelled(), e_t4.args)
    except Exception as e_t4:
        log(name, "t4 failed", type(e_t4).__name__)
    await asyncio.sleep(0.1)
    return None


async def c3(name):
    if state["n"] % 2 == 1:
        log(name, "s6", state["n"])
    else:
        fut7 = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(fut7.set_exception, ValueError("future 7"))
        try:
            await fut7
        except ValueError as e7:
            log(name, "future raised", e7)
        state["n"] += 1
    ts8 = [asyncio.create_task(c1(f"{name}.9"), name=f"{name}.w8.0"), asyncio.create_task(c2(f"{name}.10"), name=f"{name}.w8.1")]
    try:
        for f11 in asyncio.as_completed(ts8):
            try:
                log(name, "completed", await f11)
            except (ValueError, KeyError, RuntimeError) as e11:
                log(name, "completed with", type(e11).__name__)
    except TimeoutError:
        log(name, "as_completed timed out")
    await asyncio.sleep(2)
    return None


async def main():
    name = "main"
    try:
        t12 = asyncio.create_task(c1(f"{name}.13"), name=f"{name}.t12")
        log(name, "cancel", t12.cancel())
        try:
            log(name, "t12 gave", await t12)
        except asyncio.CancelledError as e_t12:
            log(name, "t12 cancelled", t12.cancelled(), e_t12.args)
        except Exception as e_t12:
            log(name, "t12 failed", type(e_t12).__name__)
        async with lock0:
            log(name, "holds lock0")
            state["n"] += 1
            try:
                async with asyncio.timeout(3) as cm14:
                    if state["n"] % 2 == 0:
                        raise RuntimeError(f"{name}-15")
                log(name, "timeout 14 not hit", cm14.expired())
            except TimeoutError:
                log(name, "timeout 14 hit")
            r16 = await asyncio.to_thread(blocking, f"{name}.16", 0)
            log(name, r16)
        r17 = await c0(f"{name}.18")
        log(name, "got", r17)
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
