# asyncgen seed 17
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
queue0 = asyncio.PriorityQueue(maxsize=1)



async def c0(name):
    try:
        await asyncio.wait_for(event1.wait(), 0.1)
        log(name, "event1 seen")
    except TimeoutError:
        log(name, "event1 timeout")
    if state["n"] % 2 == 0:
        try:
            await asyncio.wait_for(queue0.put((1, f"{name}.1")), 0.15)
        except TimeoutError:
            log(name, "queue0 full")
        log(name, "queue0 size", queue0.qsize())
        event1.clear()
        log(name, "event1 clear")
    event1.set()
    log(name, "event1 set")
    return None


async def c1(name):
    try:
        fut3 = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.5, fut3.set_result, "value 3")
        log(name, "future gave", await fut3)
        r4 = await c0(f"{name}.5")
        log(name, "got", r4)
        state["n"] += 2
    except ValueError as e2:
        log(name, "caught", type(e2).__name__, e2)
    for i6 in range(2):
        log(name, "loop", i6)
        try:
            async with cond0:
                state["n"] += 1
                cond0.notify_all()
                log(name, "cond0 notify_all()")
            if state["n"] % 2 == 0:
                await asyncio.sleep(0.1)
                state["n"] += 1
                await asyncio.sleep(0.1)
        finally:
            log(name, "finally 7")
        if state["n"] % 2 == 1:
            return f"{name} early"
        state["n"] += 3
    await asyncio.sleep(2)
    log(name, "s8", state["n"])
    return state["n"]


async def c2(name):
    await asyncio.sleep(0.5)
    try:
        await asyncio.sleep(0)
        state["n"] += 2
    finally:
        log(name, "finally 9")
    for i10 in range(3):
        log(name, "loop", i10)
        async def waiter11():
            try:
                return await fut11
            finally:
                log(name, "waiter11 leaves", fut11.cancelled())
        fut11 = asyncio.get_running_loop().create_future()
        t11 = asyncio.create_task(waiter11())
        await asyncio.sleep(0)
        fut11.set_result("set 11")
        try:
            log(name, "t11 gave", await t11)
        except asyncio.CancelledError as e_t11:
            log(name, "t11 cancelled", t11.cancelled(), e_t11.args)
        except Exception as e_t11:
            log(name, "t11 failed", type(e_t11).__name__)
        async with sem0:
            log(name, "in sem0", sem0.locked())
            await asyncio.sleep(0)
            if state["n"] % 2 == 1:
                state["n"] += 2
                if state["n"] % 4 == 2:
                    return f"{name} early"
            else:
                await asyncio.sleep(1)
                await asyncio.sleep(0.1)
                await asyncio.sleep(0.1)
        state["n"] += 2
    if state["n"] % 3 == 0:
        raise ValueError(f"{name}-12")
    await asyncio.sleep(0.1)
    return f"{name} ok"


async def c3(name):
    if state["n"] % 3 == 2:
        raise ValueError(f"{name}-13")
    try:
        async with asyncio.TaskGroup() as tg14:
            tg14.create_task(c1(f"{name}.15"), name=f"{name}.g14")
        log(name, "group 14 done")
    except ExceptionGroup as eg14:
        log(name, "group errors", sorted(type(e).__name__ for e in eg14.exceptions))
    await asyncio.sleep(1)
    r16 = await asyncio.sleep(1, result="slept 16")
    log(name, r16)
    return (name, state["n"])


async def main():
    name = "main"
    try:
        async def waiter17():
            try:
                return await fut17
            finally:
                log(name, "waiter17 leaves", fut17.cancelled())
        fut17 = asyncio.get_running_loop().create_future()
        t17 = asyncio.create_task(waiter17())
        await asyncio.sleep(0)
        fut17.cancel()
        try:
            log(name, "t17 gave", await t17)
        except asyncio.CancelledError as e_t17:
            log(name, "t17 cancelled", t17.cancelled(), e_t17.args)
        except Exception as e_t17:
            log(name, "t17 failed", type(e_t17).__name__)
        try:
            async with asyncio.TaskGroup() as tg18:
                tg18.create_task(c1(f"{name}.19"), name=f"{name}.g18")
            log(name, "group 18 done")
        except* ValueError as eg18:
            log(name, "group ValueError", len(eg18.exceptions))
        except* Exception as eg18:
            log(name, "group errors", sorted(type(e).__name__ for e in eg18.exceptions))
        try:
            try:
                r22 = await asyncio.to_thread(blocking, f"{name}.22", 0.1)
                log(name, r22)
                loop23 = asyncio.get_running_loop()
                loop23.call_at(loop23.time() + 2, callback, f"{name}.23")
            except asyncio.CancelledError:
                log(name, "cancelled")
                raise
            finally:
                log(name, "finally 21")
            r24 = await c2(f"{name}.25")
            log(name, "got", r24)
            asyncio.current_task().cancel()
            try:
                await asyncio.sleep(0)
            except asyncio.CancelledError:
                log(name, "cancelled myself", asyncio.current_task().uncancel())
        except (ValueError, KeyError) as e20:
            log(name, "caught", type(e20).__name__, e20)
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
