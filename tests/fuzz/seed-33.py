# asyncgen seed 33
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
cond0 = asyncio.Condition()
queue0 = asyncio.Queue(maxsize=2)


async def agen0(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}:{i}"


async def c0(name):
    await asyncio.sleep(0.1)
    r1 = await asyncio.sleep(0.1, result="slept 1")
    log(name, r1)
    try:
        item2 = await asyncio.wait_for(queue0.get(), 0.15)
        log(name, "got item", item2)
        queue0.task_done()
    except TimeoutError:
        log(name, "queue0 empty")
    return (name, state["n"])


async def c1(name):
    try:
        r4 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.4", 0.5)
        log(name, r4)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
    finally:
        log(name, "finally 3")
    ts5 = [asyncio.create_task(c0(f"{name}.6"), name=f"{name}.w5.0"), asyncio.create_task(c0(f"{name}.7"), name=f"{name}.w5.1")]
    done8, pending8 = await asyncio.wait(ts5, timeout=0.5)
    for t in sorted(done8, key=asyncio.Task.get_name):
        log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
    for t in sorted(pending8, key=asyncio.Task.get_name):
        log(name, "pending", t.get_name(), t.cancel())
    try:
        async with cond0:
            state["n"] += 1
            cond0.notify_all()
            log(name, "cond0 notify_all()")
        for i10 in range(1):
            log(name, "loop", i10)
            if state["n"] % 2 == 0:
                raise RuntimeError(f"{name}-11")
            for i12 in range(1):
                log(name, "loop", i12)
                state["n"] += 3
            state["n"] += 1
        loop13 = asyncio.get_running_loop()
        loop13.call_soon(callback, f"{name}.13")
    except (ValueError, KeyError) as e9:
        log(name, "caught", type(e9).__name__, e9)
    state["n"] += 2
    return state["n"]


async def main():
    name = "main"
    try:
        t14 = asyncio.create_task(c1(f"{name}.15"), name=f"{name}.t14")
        try:
            log(name, "shielded", await asyncio.wait_for(asyncio.shield(t14), 0))
        except TimeoutError:
            log(name, "shield timed out; inner done:", t14.done())
        await asyncio.sleep(0.5)
        try:
            r16 = await asyncio.gather(c0(f"{name}.17"), c0(f"{name}.18"), c0(f"{name}.19"), return_exceptions=False)
            log(name, "gathered", r16)
        except Exception as e16:
            log(name, "gather raised", repr(e16))
        if state["n"] % 2 == 1:
            try:
                await asyncio.wait_for(queue0.put((0, f"{name}.20")), 3)
            except TimeoutError:
                log(name, "queue0 full")
            log(name, "queue0 size", queue0.qsize())
            await asyncio.sleep(1)
            async def waiter21():
                try:
                    return await fut21
                finally:
                    log(name, "waiter21 leaves", fut21.cancelled())
            fut21 = asyncio.get_running_loop().create_future()
            t21 = asyncio.create_task(waiter21())
            await asyncio.sleep(0)
            log(name, "cancel", t21.cancel())
            try:
                log(name, "t21 gave", await t21)
            except asyncio.CancelledError as e_t21:
                log(name, "t21 cancelled", t21.cancelled(), e_t21.args)
            except Exception as e_t21:
                log(name, "t21 failed", type(e_t21).__name__)
        else:
            async def waiter22():
                try:
                    return await fut22
                finally:
                    log(name, "waiter22 leaves", fut22.cancelled())
            fut22 = asyncio.get_running_loop().create_future()
            t22 = asyncio.create_task(waiter22())
            await asyncio.sleep(0)
            log(name, "cancel", t22.cancel())
            try:
                log(name, "t22 gave", await t22)
            except asyncio.CancelledError as e_t22:
                log(name, "t22 cancelled", t22.cancelled(), e_t22.args)
            except Exception as e_t22:
                log(name, "t22 failed", type(e_t22).__name__)
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
