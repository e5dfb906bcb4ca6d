# asyncgen seed 7
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

cond0 = asyncio.Condition()
queue0 = asyncio.Queue(maxsize=1)


async def agen0(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}:{i}"

async def agen1(name, n):
    for i in range(n):
        await asyncio.sleep(2)
        yield f"{name}:{i}"


async def c0(name):
    try:
        async with asyncio.timeout(0.15) as cm1:
            async def waiter2():
                try:
                    return await fut2
                finally:
                    log(name, "waiter2 leaves", fut2.cancelled())
            fut2 = asyncio.get_running_loop().create_future()
            t2 = asyncio.create_task(waiter2())
            await asyncio.sleep(0)
            fut2.cancel()
            try:
                log(name, "t2 gave", await t2)
            except asyncio.CancelledError as e_t2:
                log(name, "t2 cancelled", t2.cancelled(), e_t2.args)
            except Exception as e_t2:
                log(name, "t2 failed", type(e_t2).__name__)
            async def waiter3():
                try:
                    return await fut3
                finally:
                    log(name, "waiter3 leaves", fut3.cancelled())
            fut3 = asyncio.get_running_loop().create_future()
            t3 = asyncio.create_task(waiter3())
            await asyncio.sleep(0)
            fut3.cancel()
            try:
                log(name, "t3 gave", await t3)
            except asyncio.CancelledError as e_t3:
                log(name, "t3 cancelled", t3.cancelled(), e_t3.args)
            except Exception as e_t3:
                log(name, "t3 failed", type(e_t3).__name__)
            for i4 in range(1):
                log(name, "loop", i4)
                log(name, "s5", state["n"])
        log(name, "timeout 1 not hit", cm1.expired())
    except TimeoutError:
        log(name, "timeout 1 hit")
    try:
        loop7 = asyncio.get_running_loop()
        loop7.call_soon(callback, f"{name}.7")
        loop8 = asyncio.get_running_loop()
        h8 = loop8.call_later(0.2, callback, f"{name}.8")
        h8.cancel()
        log(name, "handle cancelled", h8.cancelled())
    except Exception as e6:
        log(name, "caught", type(e6).__name__, e6)
    log(name, "s9", state["n"])
    return (name, state["n"])


async def c1(name):
    state["n"] += 2
    async for x10 in agen0(f"{name}.10", 3):
        log(name, "item", x10)
    try:
        await asyncio.wait_for(queue0.put((0, f"{name}.11")), 0)
    except TimeoutError:
        log(name, "queue0 full")
    log(name, "queue0 size", queue0.qsize())
    if state["n"] % 3 == 2:
        raise RuntimeError(f"{name}-12")
    return (name, state["n"])


async def c2(name):
    r13 = await asyncio.sleep(0.1, result="slept 13")
    log(name, r13)
    log(name, "s14", state["n"])
    for i15 in range(2):
        log(name, "loop", i15)
        try:
            await asyncio.wait_for(queue0.put((2, f"{name}.16")), 1)
        except TimeoutError:
            log(name, "queue0 full")
        log(name, "queue0 size", queue0.qsize())
        await asyncio.sleep(2)
    return state["n"]


async def c3(name):
    try:
        r18 = await asyncio.sleep(0.1, result="slept 18")
        log(name, r18)
        for i19 in range(1):
            log(name, "loop", i19)
            try:
                async with asyncio.timeout(0.15) as cm20:
                    if state["n"] % 2 == 1:
                        return f"{name} early"
                    log(name, "s21", state["n"])
                log(name, "timeout 20 not hit", cm20.expired())
            except TimeoutError:
                log(name, "timeout 20 hit")
        r22 = await c1(f"{name}.23")
        log(name, "got", r22)
    except (ValueError, KeyError) as e17:
        log(name, "caught", type(e17).__name__, e17)
    ts24 = [asyncio.create_task(c0(f"{name}.25"), name=f"{name}.w24.0"), asyncio.create_task(c0(f"{name}.26"), name=f"{name}.w24.1"), asyncio.create_task(c2(f"{name}.27"), name=f"{name}.w24.2")]
    try:
        for f28 in asyncio.as_completed(ts24):
            try:
                log(name, "completed", await f28)
            except (ValueError, KeyError, RuntimeError) as e28:
                log(name, "completed with", type(e28).__name__)
    except TimeoutError:
        log(name, "as_completed timed out")
    async def waiter29():
        try:
            return await fut29
        finally:
            log(name, "waiter29 leaves", fut29.cancelled())
    fut29 = asyncio.get_running_loop().create_future()
    t29 = asyncio.create_task(waiter29())
    await asyncio.sleep(0)
    log(name, "cancel", t29.cancel())
    try:
        log(name, "t29 gave", await t29)
    except asyncio.CancelledError as e_t29:
        log(name, "t29 cancelled", t29.cancelled(), e_t29.args)
    except Exception as e_t29:
        log(name, "t29 failed", type(e_t29).__name__)
    async def waiter30():
        try:
            return await fut30
        finally:
            log(name, "waiter30 leaves", fut30.cancelled())
    fut30 = asyncio.get_running_loop().create_future()
    t30 = asyncio.create_task(waiter30())
    await asyncio.sleep(0)
    log(name, "cancel", t30.cancel())
    try:
        log(name, "t30 gave", await t30)
    except asyncio.CancelledError as e_t30:
        log(name, "t30 cancelled", t30.cancelled(), e_t30.args)
    except Exception as e_t30:
        log(name, "t30 failed", type(e_t30).__name__)
    return (name, state["n"])


async def main():
    name = "main"
    try:
        r31 = await asyncio.gather(c0(f"{name}.32"), c0(f"{name}.33"), return_exceptions=True)
        log(name, "gathered", r31)
        t34 = asyncio.create_task(c2(f"{name}.35"), name=f"{name}.t34")
        try:
            log(name, "shielded", await asyncio.wait_for(asyncio.shield(t34), 1))
        except TimeoutError:
            log(name, "shield timed out; inner done:", t34.done())
        try:
            log(name, "t34 gave", await t34)
        except asyncio.CancelledError as e_t34:
            log(name, "t34 cancelled", t34.cancelled(), e_t34.args)
        except Exception as e_t34:
            log(name, "t34 failed", type(e_t34).__name__)
        log(name, "s36", state["n"])
        t37 = asyncio.create_task(c3(f"{name}.38"))
        try:
            log(name, "shielded", await asyncio.wait_for(asyncio.shield(t37), 0.1))
        except TimeoutError:
            log(name, "shield timed out; inner done:", t37.done())
        try:
            log(name, "t37 gave", await t37)
        except asyncio.CancelledError as e_t37:
            log(name, "t37 cancelled", t37.cancelled(), e_t37.args)
        except Exception as e_t37:
            log(name, "t37 failed", type(e_t37).__name__)
        await asyncio.sleep(1)
        for i39 in range(2):
            log(name, "loop", i39)
            async def waiter40():
                try:
                    return await fut40
                finally:
                    log(name, "waiter40 leaves", fut40.cancelled())
            fut40 = asyncio.get_running_loop().create_future()
            t40 = asyncio.create_task(waiter40())
            await asyncio.sleep(0)
            fut40.cancel()
            try:
                log(name, "t40 gave", await t40)
            except asyncio.CancelledError as e_t40:
                log(name, "t40 cancelled", t40.cancelled(), e_t40.args)
            except Exception as e_t40:
                log(name, "t40 failed", type(e_t40).__name__)
            log(name, "s41", state["n"])
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
