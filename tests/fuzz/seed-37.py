# asyncgen seed 37
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
lock1 = asyncio.Lock()
cond0 = asyncio.Condition()
queue0 = asyncio.Queue(maxsize=1)
barrier0 = asyncio.Barrier(2)


async def agen0(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(1)
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")


async def c0(name):
    await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(3):
            position1 = await barrier0.wait()
        log(name, "passed barrier0", position1)
    except TimeoutError:
        log(name, "barrier0 timeout", barrier0.broken)
    except asyncio.BrokenBarrierError:
        log(name, "barrier0 broken")
    async def waiter2():
        async with lock0:
            log(name, "waiter2 got lock0")
        return "w2"
    async with lock0:
        t2 = asyncio.create_task(waiter2())
        await asyncio.sleep(0)
        log(name, "cancel waiter", t2.cancel())
    try:
        log(name, "t2 gave", await t2)
    except asyncio.CancelledError as e_t2:
        log(name, "t2 cancelled", t2.cancelled(), e_t2.args)
    except Exception as e_t2:
        log(name, "t2 failed", type(e_t2).__name__)
    if state["n"] % 3 == 2:
        raise KeyError(f"{name}-3")
    return (name, state["n"])


async def c1(name):
    if state["n"] % 2 == 1:
        if state["n"] % 2 == 1:
            if state["n"] % 2 == 0:
                if state["n"] % 4 == 3:
                    return f"{name} early"
            r4 = await c0(f"{name}.5")
            log(name, "got", r4)
            fut6 = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().call_later(2, fut6.set_result, "value 6")
            log(name, "future gave", await fut6)
        else:
            try:
                log(name, "s8", state["n"])
                log(name, "s9", state["n"])
            except TimeoutError as e7:
                log(name, "caught", type(e7).__name__, e7)
            finally:
                log(name, "finally 7")
            try:
                async with asyncio.timeout(0) as cm10:
                    await asyncio.sleep(0)
                log(name, "timeout 10 not hit", cm10.expired())
            except TimeoutError:
                log(name, "timeout 10 hit")
            if state["n"] % 2 == 1:
                raise ValueError(f"{name}-11")
        log(name, "s12", state["n"])
        if state["n"] % 4 == 3:
            return f"{name} early"
    state["n"] += 3
    if state["n"] % 3 == 0:
        raise ValueError(f"{name}-13")
    r14 = await c0(f"{name}.15")
    log(name, "got", r14)
    return f"{name} ok"


async def c2(name):
    await asyncio.sleep(0.1)
    loop16 = asyncio.get_running_loop()
    loop16.call_later(0, callback, f"{name}.16")
    return None


async def c3(name):
    log(name, "s17", state["n"])
    state["n"] += 3
    async for x18 in agen0(f"{name}.18", 3):
        log(name, "item", x18)
    try:
        async with asyncio.timeout(0.5):
            position19 = await barrier0.wait()
        log(name, "passed barrier0", position19)
    except TimeoutError:
        log(name, "barrier0 timeout", barrier0.broken)
    except asyncio.BrokenBarrierError:
        log(name, "barrier0 broken")
    for i20 in range(3):
        log(name, "loop", i20)
        async def waiter21():
            async with lock0:
                log(name, "waiter21 got lock0")
            return "w21"
        async with lock0:
            t21 = asyncio.create_task(waiter21())
            await asyncio.sleep(0)
        try:
            log(name, "t21 gave", await t21)
        except asyncio.CancelledError as e_t21:
            log(name, "t21 cancelled", t21.cancelled(), e_t21.args)
        except Exception as e_t21:
            log(name, "t21 failed", type(e_t21).__name__)
        async for x22 in agen0(f"{name}.22", 3):
            log(name, "item", x22)
        async with cond0:
            try:
                await asyncio.wait_for(cond0.wait_for(lambda: state["n"] >= 4), 0.5)
                log(name, "cond0 woke", state["n"])
            except TimeoutError:
                log(name, "cond0 timeout", cond0.locked())
    return state["n"]


async def main():
    name = "main"
    try:
        t23 = asyncio.create_task(c1(f"{name}.24"), name=f"{name}.t23")
        await asyncio.sleep(1)
        log(name, "cancel", t23.cancel())
        try:
            log(name, "t23 gave", await t23)
        except asyncio.CancelledError as e_t23:
            log(name, "t23 cancelled", t23.cancelled(), e_t23.args)
        except Exception as e_t23:
            log(name, "t23 failed", type(e_t23).__name__)
        await asyncio.sleep(2)
        r25 = await c3(f"{name}.26")
        log(name, "got", r25)
        try:
            log(name, "s28", state["n"])
            async def waiter29():
                async with lock0:
                    log(name, "waiter29 got lock0")
                return "w29"
            async with lock0:
                t29 = asyncio.create_task(waiter29())
                await asyncio.sleep(0)
                log(name, "cancel waiter", t29.cancel())
            try:
                log(name, "t29 gave", await t29)
            except asyncio.CancelledError as e_t29:
                log(name, "t29 cancelled", t29.cancelled(), e_t29.args)
            except Exception as e_t29:
                log(name, "t29 failed", type(e_t29).__name__)
        except (ValueError, KeyError) as e27:
            log(name, "caught", type(e27).__name__, e27)
        finally:
            log(name, "finally 27")
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
