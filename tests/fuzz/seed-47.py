# asyncgen seed 47
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



async def c0(name):
    log(name, "s1", state["n"])
    await asyncio.sleep(2)
    r2 = await asyncio.sleep(0.2, result="slept 2")
    log(name, r2)
    log(name, "s3", state["n"])
    return None


async def c1(name):
    for i4 in range(2):
        log(name, "loop", i4)
        log(name, "s5", state["n"])
    loop6 = asyncio.get_running_loop()
    loop6.call_soon(callback, f"{name}.6")
    return state["n"]


async def c2(name):
    try:
        async with asyncio.TaskGroup() as tg7:
            tg7.create_task(c0(f"{name}.8"), name=f"{name}.g7")
        log(name, "group 7 done")
    except* ValueError as eg7:
        log(name, "group ValueError", len(eg7.exceptions))
    except* Exception as eg7:
        log(name, "group errors", sorted(type(e).__name__ for e in eg7.exceptions))
    async with sem0:
        log(name, "in sem0", sem0.locked())
        log(name, "already holding")
        r9 = await asyncio.gather(c0(f"{name}.10"), c0(f"{name}.11"), return_exceptions=True)
        log(name, "gathered", r9)
        event0.set()
        log(name, "event0 set")
    async def waiter12():
        try:
            return await fut12
        finally:
            log(name, "waiter12 leaves", fut12.cancelled())
    fut12 = asyncio.get_running_loop().create_future()
    t12 = asyncio.create_task(waiter12())
    await asyncio.sleep(0)
    log(name, "cancel", t12.cancel())
    try:
        log(name, "t12 gave", await t12)
    except asyncio.CancelledError as e_t12:
        log(name, "t12 cancelled", t12.cancelled(), e_t12.args)
    except Exception as e_t12:
        log(name, "t12 failed", type(e_t12).__name__)
    return None


async def c3(name):
    state["n"] += 3
    state["n"] += 1
    try:
        r13 = await asyncio.gather(c1(f"{name}.14"), return_exceptions=False)
        log(name, "gathered", r13)
    except Exception as e13:
        log(name, "gather raised", repr(e13))
    return (name, state["n"])


async def main():
    name = "main"
    try:
        t15 = asyncio.create_task(c1(f"{name}.16"), name=f"{name}.t15")
        try:
            log(name, "shielded", await asyncio.wait_for(asyncio.shield(t15), 0.15))
        except TimeoutError:
            log(name, "shield timed out; inner done:", t15.done())
        log(name, "s17", state["n"])
        event0.set()
        log(name, "event0 set")
        ts18 = [asyncio.create_task(c0(f"{name}.19"), name=f"{name}.w18.0"), asyncio.create_task(c0(f"{name}.20"), name=f"{name}.w18.1"), asyncio.create_task(c3(f"{name}.21"), name=f"{name}.w18.2")]
        try:
            for f22 in asyncio.as_completed(ts18):
                try:
                    log(name, "completed", await f22)
                except (ValueError, KeyError, RuntimeError) as e22:
                    log(name, "completed with", type(e22).__name__)
        except TimeoutError:
            log(name, "as_completed timed out")
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
