# asyncgen seed 2
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
queue0 = asyncio.LifoQueue(maxsize=1)



async def c0(name):
    try:
        item1 = queue0.get_nowait()
        log(name, "got item", item1)
        queue0.task_done()
    except asyncio.QueueEmpty:
        log(name, "queue0 empty")
    try:
        async with asyncio.timeout(0.15) as cm2:
            try:
                item3 = await asyncio.wait_for(queue0.get(), 0.1)
                log(name, "got item", item3)
                queue0.task_done()
            except TimeoutError:
                log(name, "queue0 empty")
            fut4 = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().call_soon(fut4.set_exception, ValueError("future 4"))
            try:
                await fut4
            except ValueError as e4:
                log(name, "future raised", e4)
            await asyncio.sleep(0)
        log(name, "timeout 2 not hit", cm2.expired())
    except TimeoutError:
        log(name, "timeout 2 hit")
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
    return None


async def c1(name):
    log(name, "s6", state["n"])
    log(name, "s7", state["n"])
    try:
        await asyncio.sleep(1)
    except (ValueError, KeyError) as e8:
        log(name, "caught", type(e8).__name__, e8)
    finally:
        log(name, "finally 8")
    return None


async def c2(name):
    try:
        async with asyncio.timeout(0) as cm9:
            r10 = await c1(f"{name}.11")
            log(name, "got", r10)
            ts12 = [asyncio.create_task(c0(f"{name}.13"), name=f"{name}.w12.0"), asyncio.create_task(c0(f"{name}.14"), name=f"{name}.w12.1"), asyncio.create_task(c0(f"{name}.15"), name=f"{name}.w12.2")]
            done16, pending16 = await asyncio.wait(ts12, timeout=0.5, return_when=asyncio.FIRST_COMPLETED)
            for t in sorted(done16, key=asyncio.Task.get_name):
                log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
            for t in sorted(pending16, key=asyncio.Task.get_name):
                log(name, "pending", t.get_name(), t.cancel())
        log(name, "timeout 9 not hit", cm9.expired())
    except TimeoutError:
        log(name, "timeout 9 hit")
    await asyncio.sleep(1)
    log(name, "s17", state["n"])
    await asyncio.sleep(1)
    r18 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.18", 0.1)
    log(name, r18)
    return None


async def c3(name):
    try:
        await asyncio.wait_for(queue0.put((2, f"{name}.19")), 0.15)
    except TimeoutError:
        log(name, "queue0 full")
    log(name, "queue0 size", queue0.qsize())
    r20 = await asyncio.to_thread(blocking, f"{name}.20", 0.1)
    log(name, r20)
    try:
        async with asyncio.TaskGroup() as tg21:
            tg21.create_task(c1(f"{name}.22"), name=f"{name}.g21")
            fut23 = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().call_later(0, fut23.set_result, "value 23")
            log(name, "future gave", await fut23)
            ts24 = [asyncio.create_task(c0(f"{name}.25"), name=f"{name}.w24.0"), asyncio.create_task(c2(f"{name}.26"), name=f"{name}.w24.1"), asyncio.create_task(c2(f"{name}.27"), name=f"{name}.w24.2")]
            try:
                for f28 in asyncio.as_completed(ts24, timeout=1.5):
                    try:
                        log(name, "completed", await f28)
                    except (ValueError, KeyError, RuntimeError) as e28:
                        log(name, "completed with", type(e28).__name__)
            except TimeoutError:
                log(name, "as_completed timed out")
            try:
                await asyncio.sleep(2)
            except Exception as e29:
                log(name, "caught", type(e29).__name__, e29)
            except asyncio.CancelledError:
                log(name, "cancelled")
                raise
        log(name, "group 21 done")
    except* ValueError as eg21:
        log(name, "group ValueError", len(eg21.exceptions))
    except* Exception as eg21:
        log(name, "group errors", sorted(type(e).__name__ for e in eg21.exceptions))
    if state["n"] % 2 == 0:
        log(name, "s30", state["n"])
    else:
        try:
            item31 = queue0.get_nowait()
            log(name, "got item", item31)
            queue0.task_done()
        except asyncio.QueueEmpty:
            log(name, "queue0 empty")
    r32 = await asyncio.sleep(1, result="slept 32")
    log(name, r32)
    return (name, state["n"])


async def main():
    name = "main"
    try:
        try:
            r33 = await asyncio.wait_for(c2(f"{name}.34"), timeout=1)
            log(name, "in time", r33)
        except TimeoutError:
            log(name, "wait_for 33 timed out")
        try:
            await asyncio.wait_for(queue0.put((2, f"{name}.35")), 0)
        except TimeoutError:
            log(name, "queue0 full")
        log(name, "queue0 size", queue0.qsize())
        if state["n"] % 4 == 3:
            raise KeyError(f"{name}-36")
        r37 = await c1(f"{name}.38")
        log(name, "got", r37)
        r39 = await c0(f"{name}.40")
        log(name, "got", r39)
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
