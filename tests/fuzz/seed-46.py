# asyncgen seed 46
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

sem0 = asyncio.Semaphore(2)
event0 = asyncio.Event()
event1 = asyncio.Event()
cond0 = asyncio.Condition()
queue0 = asyncio.Queue()
barrier0 = asyncio.Barrier(3)


async def agen0(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(1)
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")


async def c0(name):
    try:
        try:
            async with asyncio.timeout(0.1):
                position2 = await barrier0.wait()
            log(name, "passed barrier0", position2)
        except TimeoutError:
            log(name, "barrier0 timeout", barrier0.broken)
        except asyncio.BrokenBarrierError:
            log(name, "barrier0 broken")
        log(name, "s3", state["n"])
    except Exception as e1:
        log(name, "caught", type(e1).__name__, e1)
    finally:
        log(name, "finally 1")
    try:
        async with asyncio.timeout(0.5) as cm4:
            state["n"] += 1
            r5 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.5", 0.2)
            log(name, r5)
        log(name, "timeout 4 not hit", cm4.expired())
    except TimeoutError:
        log(name, "timeout 4 hit")
    async def waiter6():
        try:
            return await fut6
        finally:
            log(name, "waiter6 leaves", fut6.cancelled())
    fut6 = asyncio.get_running_loop().create_future()
    t6 = asyncio.create_task(waiter6())
    await asyncio.sleep(0)
    fut6.set_result("set 6")
    try:
        log(name, "t6 gave", await t6)
    except asyncio.CancelledError as e_t6:
        log(name, "t6 cancelled", t6.cancelled(), e_t6.args)
    except Exception as e_t6:
        log(name, "t6 failed", type(e_t6).__name__)
    return state["n"]


async def c1(name):
    try:
        if state["n"] % 2 == 1:
            loop8 = asyncio.get_running_loop()
            loop8.call_at(loop8.time() + 2, callback, f"{name}.8")
            log(name, "s9", state["n"])
            r10 = await asyncio.gather(c0(f"{name}.11"), c0(f"{name}.12"), c0(f"{name}.13"), return_exceptions=True)
            log(name, "gathered", r10)
    except Exception as e7:
        log(name, "caught", type(e7).__name__, e7)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
    await asyncio.sleep(1)
    try:
        async with asyncio.timeout(0) as cm14:
            for i15 in range(1):
                log(name, "loop", i15)
                log(name, "s16", state["n"])
        log(name, "timeout 14 not hit", cm14.expired())
    except TimeoutError:
        log(name, "timeout 14 hit")
    return f"{name} ok"


async def c2(name):
    state["n"] += 2
    try:
        await asyncio.wait_for(event0.wait(), 0.5)
        log(name, "event0 seen")
    except TimeoutError:
        log(name, "event0 timeout")
    for i17 in range(3):
        log(name, "loop", i17)
        try:
            async with asyncio.timeout(0) as cm18:
                log(name, "s19", state["n"])
                await asyncio.sleep(0.2)
            log(name, "timeout 18 not hit", cm18.expired())
        except TimeoutError:
            log(name, "timeout 18 hit")
    await asyncio.sleep(0)
    return (name, state["n"])


async def main():
    name = "main"
    try:
        t20 = asyncio.create_task(c1(f"{name}.21"), name=f"{name}.t20")
        try:
            log(name, "shielded", await asyncio.wait_for(asyncio.shield(t20), 0.1))
        except TimeoutError:
            log(name, "shield timed out; inner done:", t20.done())
        r22 = await asyncio.sleep(0, result="slept 22")
        log(name, r22)
        ts23 = [asyncio.create_task(c1(f"{name}.24"), name=f"{name}.w23.0"), asyncio.create_task(c2(f"{name}.25"), name=f"{name}.w23.1"), asyncio.create_task(c0(f"{name}.26"), name=f"{name}.w23.2")]
        done27, pending27 = await asyncio.wait(ts23, return_when=asyncio.FIRST_EXCEPTION)
        for t in sorted(done27, key=asyncio.Task.get_name):
            log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
        for t in sorted(pending27, key=asyncio.Task.get_name):
            log(name, "pending", t.get_name(), t.cancel())
        await queue0.put((2, f"{name}.28"))
        log(name, "queue0 size", queue0.qsize())
        if state["n"] % 2 == 1:
            r29 = await asyncio.sleep(0, result="slept 29")
            log(name, r29)
            try:
                item30 = queue0.get_nowait()
                log(name, "got item", item30)
                queue0.task_done()
            except asyncio.QueueEmpty:
                log(name, "queue0 empty")
            async def waiter31():
                try:
                    return await fut31
                finally:
                    log(name, "waiter31 leaves", fut31.cancelled())
            fut31 = asyncio.get_running_loop().create_future()
            t31 = asyncio.create_task(waiter31())
            await asyncio.sleep(0)
            log(name, "cancel", t31.cancel())
            try:
                log(name, "t31 gave", await t31)
            except asyncio.CancelledError as e_t31:
                log(name, "t31 cancelled", t31.cancelled(), e_t31.args)
            except Exception as e_t31:
                log(name, "t31 failed", type(e_t31).__name__)
        else:
            log(name, "s32", state["n"])
            async def waiter33():
                try:
                    return await fut33
                finally:
                    log(name, "waiter33 leaves", fut33.cancelled())
            fut33 = asyncio.get_running_loop().create_future()
            t33 = asyncio.create_task(waiter33())
            await asyncio.sleep(0)
            log(name, "cancel", t33.cancel())
            try:
                log(name, "t33 gave", await t33)
            except asyncio.CancelledError as e_t33:
                log(name, "t33 cancelled", t33.cancelled(), e_t33.args)
            except Exception as e_t33:
                log(name, "t33 failed", type(e_t33).__name__)
            if state["n"] % 4 == 3:
                raise KeyError(f"{name}-34")
        log(name, "s35", state["n"])
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
