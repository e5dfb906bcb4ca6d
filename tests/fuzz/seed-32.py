# asyncgen seed 32
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
cond0 = asyncio.Condition()


async def agen0(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}:{i}"

async def agen1(name, n):
    for i in range(n):
        await asyncio.sleep(1)
        yield f"{name}:{i}"


async def c0(name):
    if state["n"] % 2 == 1:
        loop1 = asyncio.get_running_loop()
        loop1.call_at(loop1.time() + 0, callback, f"{name}.1")
        try:
            async with asyncio.timeout(0) as cm2:
                await asyncio.sleep(0.1)
            log(name, "timeout 2 not hit", cm2.expired())
        except TimeoutError:
            log(name, "timeout 2 hit")
        async for x3 in agen0(f"{name}.3", 4):
            log(name, "item", x3)
    for i4 in range(1):
        log(name, "loop", i4)
        state["n"] += 1
        async def waiter5():
            try:
                return await fut5
            finally:
                log(name, "waiter5 leaves", fut5.cancelled())
        fut5 = asyncio.get_running_loop().create_future()
        t5 = asyncio.create_task(waiter5())
        await asyncio.sleep(0)
        fut5.set_result("set 5")
        try:
            log(name, "t5 gave", await t5)
        except asyncio.CancelledError as e_t5:
            log(name, "t5 cancelled", t5.cancelled(), e_t5.args)
        except Exception as e_t5:
            log(name, "t5 failed", type(e_t5).__name__)
    try:
        r7 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.7", 2)
        log(name, r7)
        try:
            async with asyncio.timeout(0.5) as cm8:
                await asyncio.sleep(1)
            log(name, "timeout 8 not hit", cm8.expired())
        except TimeoutError:
            log(name, "timeout 8 hit")
    finally:
        log(name, "finally 6")
    if state["n"] % 2 == 1:
        if state["n"] % 4 == 2:
            raise ValueError(f"{name}-9")
        log(name, "s10", state["n"])
        log(name, "s11", state["n"])
    r12 = await asyncio.sleep(0, result="slept 12")
    log(name, r12)
    return (name, state["n"])


async def c1(name):
    r13 = await c0(f"{name}.14")
    log(name, "got", r13)
    t15 = asyncio.create_task(c0(f"{name}.16"), name=f"{name}.t15")
    try:
        log(name, "t15 gave", await t15)
    except asyncio.CancelledError as e_t15:
        log(name, "t15 cancelled", t15.cancelled(), e_t15.args)
    except Exception as e_t15:
        log(name, "t15 failed", type(e_t15).__name__)
    try:
        try:
            try:
                async with asyncio.timeout(0.15) as cm19:
                    state["n"] += 2
                    await asyncio.sleep(2)
                    if state["n"] % 2 == 1:
                        raise KeyError(f"{name}-20")
                log(name, "timeout 19 not hit", cm19.expired())
            except TimeoutError:
                log(name, "timeout 19 hit")
            state["n"] += 2
        except Exception as e18:
            log(name, "caught", type(e18).__name__, e18)
        except asyncio.CancelledError:
            log(name, "cancelled")
            raise
        log(name, "s21", state["n"])
        await asyncio.sleep(2)
    except Exception as e17:
        log(name, "caught", type(e17).__name__, e17)
    return f"{name} ok"


async def c2(name):
    try:
        r22 = await asyncio.gather(c0(f"{name}.23"), c1(f"{name}.24"), c0(f"{name}.25"), return_exceptions=False)
        log(name, "gathered", r22)
    except Exception as e22:
        log(name, "gather raised", repr(e22))
    async def waiter26():
        async with lock0:
            log(name, "waiter26 got lock0")
        return "w26"
    async with lock0:
        t26 = asyncio.create_task(waiter26())
        await asyncio.sleep(0)
        log(name, "cancel waiter", t26.cancel())
    try:
        log(name, "t26 gave", await t26)
    except asyncio.CancelledError as e_t26:
        log(name, "t26 cancelled", t26.cancelled(), e_t26.args)
    except Exception as e_t26:
        log(name, "t26 failed", type(e_t26).__name__)
    return state["n"]


async def main():
    name = "main"
    try:
        t27 = asyncio.create_task(c0(f"{name}.28"), name=f"{name}.t27")
        await asyncio.sleep(0.1)
        log(name, "cancel", t27.cancel())
        try:
            log(name, "t27 gave", await t27)
        except asyncio.CancelledError as e_t27:
            log(name, "t27 cancelled", t27.cancelled(), e_t27.args)
        except Exception as e_t27:
            log(name, "t27 failed", type(e_t27).__name__)
        r29 = await c2(f"{name}.30")
        log(name, "got", r29)
        log(name, "s31", state["n"])
        r32 = await asyncio.sleep(0.5, result="slept 32")
        log(name, r32)
        try:
            ts34 = [asyncio.create_task(c2(f"{name}.35"), name=f"{name}.w34.0"), asyncio.create_task(c1(f"{name}.36"), name=f"{name}.w34.1"), asyncio.create_task(c1(f"{name}.37"), name=f"{name}.w34.2")]
            try:
                for f38 in asyncio.as_completed(ts34):
                    try:
                        log(name, "completed", await f38)
                    except (ValueError, KeyError, RuntimeError) as e38:
                        log(name, "completed with", type(e38).__name__)
            except TimeoutError:
                log(name, "as_completed timed out")
            try:
                try:
                    async with asyncio.timeout(1.5) as cm40:
                        log(name, "s41", state["n"])
                        await asyncio.sleep(0.1)
                        log(name, "s42", state["n"])
                    log(name, "timeout 40 not hit", cm40.expired())
                except TimeoutError:
                    log(name, "timeout 40 hit")
                await asyncio.sleep(1)
            except TimeoutError as e39:
                log(name, "caught", type(e39).__name__, e39)
            finally:
                log(name, "finally 39")
            log(name, "s43", state["n"])
        except ValueError as e33:
            log(name, "caught", type(e33).__name__, e33)
        except asyncio.CancelledError:
            log(name, "cancelled")
            raise
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
