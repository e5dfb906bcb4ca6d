# asyncgen seed 11
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

sem0 = asyncio.BoundedSemaphore(2)
queue0 = asyncio.LifoQueue()
queue1 = asyncio.Queue()


async def agen0(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")

async def agen1(name, n):
    for i in range(n):
        await asyncio.sleep(0.2)
        yield f"{name}:{i}"


async def c0(name):
    await asyncio.sleep(0)
    try:
        await queue0.put((2, f"{name}.2"))
        log(name, "queue0 size", queue0.qsize())
    finally:
        log(name, "finally 1")
    try:
        async with asyncio.timeout(1) as cm3:
            async def waiter4():
                try:
                    return await fut4
                finally:
                    log(name, "waiter4 leaves", fut4.cancelled())
            fut4 = asyncio.get_running_loop().create_future()
            t4 = asyncio.create_task(waiter4())
            await asyncio.sleep(0)
            log(name, "cancel", t4.cancel())
            try:
                log(name, "t4 gave", await t4)
            except asyncio.CancelledError as e_t4:
                log(name, "t4 cancelled", t4.cancelled(), e_t4.args)
            except Exception as e_t4:
                log(name, "t4 failed", type(e_t4).__name__)
            async def waiter5():
                try:
                    return await fut5
                finally:
                    log(name, "waiter5 leaves", fut5.cancelled())
            fut5 = asyncio.get_running_loop().create_future()
            t5 = asyncio.create_task(waiter5())
            await asyncio.sleep(0)
            fut5.cancel()
            try:
                log(name, "t5 gave", await t5)
            except asyncio.CancelledError as e_t5:
                log(name, "t5 cancelled", t5.cancelled(), e_t5.args)
            except Exception as e_t5:
                log(name, "t5 failed", type(e_t5).__name__)
        log(name, "timeout 3 not hit", cm3.expired())
    except TimeoutError:
        log(name, "timeout 3 hit")
    return (name, state["n"])


async def c1(name):
    try:
        async with asyncio.timeout(1) as cm6:
            r7 = await c0(f"{name}.8")
            log(name, "got", r7)
            state["n"] += 2
        log(name, "timeout 6 not hit", cm6.expired())
    except TimeoutError:
        log(name, "timeout 6 hit")
    if state["n"] % 3 == 1:
        raise ValueError(f"{name}-9")
    r10 = await asyncio.sleep(0, result="slept 10")
    log(name, r10)
    r11 = await asyncio.gather(c0(f"{name}.12"), c0(f"{name}.13"), c0(f"{name}.14"), return_exceptions=False)
    log(name, "gathered", r11)
    return None


async def c2(name):
    log(name, "s15", state["n"])
    if state["n"] % 2 == 1:
        raise ValueError(f"{name}-16")
    ts17 = [asyncio.create_task(c0(f"{name}.18"), name=f"{name}.w17.0"), asyncio.create_task(c1(f"{name}.19"), name=f"{name}.w17.1")]
    done20, pending20 = await asyncio.wait(ts17, timeout=3, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done20, key=asyncio.Task.get_name):
        log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
    for t in sorted(pending20, key=asyncio.Task.get_name):
        log(name, "pending", t.get_name(), t.cancel())
    return (name, state["n"])


async def main():
    name = "main"
    try:
        ts21 = [asyncio.create_task(c1(f"{name}.22"), name=f"{name}.w21.0"), asyncio.create_task(c2(f"{name}.23"), name=f"{name}.w21.1"), asyncio.create_task(c0(f"{name}.24"), name=f"{name}.w21.2")]
        done25, pending25 = await asyncio.wait(ts21)
        for t in sorted(done25, key=asyncio.Task.get_name):
            log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
        for t in sorted(pending25, key=asyncio.Task.get_name):
            log(name, "pending", t.get_name(), t.cancel())
        t26 = asyncio.create_task(c1(f"{name}.27"), name=f"{name}.t26")
        try:
            log(name, "shielded", await asyncio.wait_for(asyncio.shield(t26), 0.1))
        except TimeoutError:
            log(name, "shield timed out; inner done:", t26.done())
        try:
            log(name, "t26 gave", await t26)
        except asyncio.CancelledError as e_t26:
            log(name, "t26 cancelled", t26.cancelled(), e_t26.args)
        except Exception as e_t26:
            log(name, "t26 failed", type(e_t26).__name__)
        try:
            async with asyncio.timeout(0.5) as cm28:
                try:
                    state["n"] += 2
                    log(name, "s30", state["n"])
                    await asyncio.sleep(1)
                except ValueError as e29:
                    log(name, "caught", type(e29).__name__, e29)
                finally:
                    log(name, "finally 29")
                loop31 = asyncio.get_running_loop()
                loop31.call_soon(callback, f"{name}.31")
            log(name, "timeout 28 not hit", cm28.expired())
        except TimeoutError:
            log(name, "timeout 28 hit")
        state["n"] += 3
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
