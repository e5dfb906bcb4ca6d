# asyncgen seed 3
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

sem0 = asyncio.Semaphore(1)
cond0 = asyncio.Condition()



async def c0(name):
    r1 = await asyncio.sleep(0.2, result="slept 1")
    log(name, r1)
    async def waiter2():
        try:
            return await fut2
        finally:
            log(name, "waiter2 leaves", fut2.cancelled())
    fut2 = asyncio.get_running_loop().create_future()
    t2 = asyncio.create_task(waiter2())
    await asyncio.sleep(0)
    log(name, "cancel", t2.cancel())
    try:
        log(name, "t2 gave", await t2)
    except asyncio.CancelledError as e_t2:
        log(name, "t2 cancelled", t2.cancelled(), e_t2.args)
    except Exception as e_t2:
        log(name, "t2 failed", type(e_t2).__name__)
    log(name, "s3", state["n"])
    r4 = await asyncio.sleep(0, result="slept 4")
    log(name, r4)
    try:
        await asyncio.sleep(0.1)
        try:
            async with asyncio.timeout(0) as cm6:
                r7 = await asyncio.sleep(1, result="slept 7")
                log(name, r7)
            log(name, "timeout 6 not hit", cm6.expired())
        except TimeoutError:
            log(name, "timeout 6 hit")
        state["n"] += 2
    except TimeoutError as e5:
        log(name, "caught", type(e5).__name__, e5)
    return None


async def c1(name):
    try:
        t9 = asyncio.create_task(c0(f"{name}.10"), name=f"{name}.t9")
        try:
            log(name, "shielded", await asyncio.wait_for(asyncio.shield(t9), 1))
        except TimeoutError:
            log(name, "shield timed out; inner done:", t9.done())
        try:
            log(name, "t9 gave", await t9)
        except asyncio.CancelledError as e_t9:
            log(name, "t9 cancelled", t9.cancelled(), e_t9.args)
        except Exception as e_t9:
            log(name, "t9 failed", type(e_t9).__name__)
        await asyncio.sleep(0.2)
    except RuntimeError as e8:
        log(name, "caught", type(e8).__name__, e8)
    async with cond0:
        try:
            await asyncio.wait_for(cond0.wait_for(lambda: state["n"] >= 4), 0)
            log(name, "cond0 woke", state["n"])
        except TimeoutError:
            log(name, "cond0 timeout", cond0.locked())
    return None


async def c2(name):
    t11 = asyncio.create_task(c1(f"{name}.12"), name=f"{name}.t11")
    await asyncio.wait([t11])
    log(name, "cancel after done", t11.cancel())
    try:
        log(name, "t11 gave", await t11)
    except asyncio.CancelledError as e_t11:
        log(name, "t11 cancelled", t11.cancelled(), e_t11.args)
    except Exception as e_t11:
        log(name, "t11 failed", type(e_t11).__name__)
    state["n"] += 1
    async with cond0:
        try:
            await asyncio.wait_for(cond0.wait_for(lambda: state["n"] >= 3), 3)
            log(name, "cond0 woke", state["n"])
        except TimeoutError:
            log(name, "cond0 timeout", cond0.locked())
    try:
        async with asyncio.TaskGroup() as tg13:
            tg13.create_task(c0(f"{name}.14"), name=f"{name}.g13")
        log(name, "group 13 done")
    except* ValueError as eg13:
        log(name, "group ValueError", len(eg13.exceptions))
    except* Exception as eg13:
        log(name, "group errors", sorted(type(e).__name__ for e in eg13.exceptions))
    return (name, state["n"])


async def main():
    name = "main"
    try:
        try:
            r15 = await asyncio.wait_for(c2(f"{name}.16"), timeout=0.15)
            log(name, "in time", r15)
        except TimeoutError:
            log(name, "wait_for 15 timed out")
        if state["n"] % 2 == 0:
            raise ValueError(f"{name}-17")
        await asyncio.sleep(2)
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
