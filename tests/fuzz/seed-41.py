# asyncgen seed 41
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
queue0 = asyncio.Queue()
barrier0 = asyncio.Barrier(2)



async def c0(name):
    try:
        async with asyncio.timeout(0.5) as cm1:
            r2 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.2", 0.1)
            log(name, r2)
            try:
                async with asyncio.timeout(1.5) as cm3:
                    state["n"] += 1
                    state["n"] += 2
                    state["n"] += 2
                log(name, "timeout 3 not hit", cm3.expired())
            except TimeoutError:
                log(name, "timeout 3 hit")
            try:
                async with asyncio.timeout(0.1) as cm4:
                    await asyncio.sleep(0.1)
                    if state["n"] % 4 == 0:
                        raise ValueError(f"{name}-5")
                    state["n"] += 3
                log(name, "timeout 4 not hit", cm4.expired())
            except TimeoutError:
                log(name, "timeout 4 hit")
        log(name, "timeout 1 not hit", cm1.expired())
    except TimeoutError:
        log(name, "timeout 1 hit")
    if state["n"] % 4 == 2:
        raise RuntimeError(f"{name}-6")
    await asyncio.sleep(0.1)
    return (name, state["n"])


async def c1(name):
    async def waiter7():
        try:
            return await fut7
        finally:
            log(name, "waiter7 leaves", fut7.cancelled())
    fut7 = asyncio.get_running_loop().create_future()
    t7 = asyncio.create_task(waiter7())
    await asyncio.sleep(0)
    fut7.cancel()
    try:
        log(name, "t7 gave", await t7)
    except asyncio.CancelledError as e_t7:
        log(name, "t7 cancelled", t7.cancelled(), e_t7.args)
    except Exception as e_t7:
        log(name, "t7 failed", type(e_t7).__name__)
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_soon(bad_callback, f"{name}.8")
    if state["n"] % 2 == 1:
        log(name, "s9", state["n"])
    return None


async def main():
    name = "main"
    try:
        try:
            async with asyncio.TaskGroup() as tg10:
                tg10.create_task(c0(f"{name}.11"), name=f"{name}.g10")
                await asyncio.sleep(0.5)
                fut12 = asyncio.get_running_loop().create_future()
                asyncio.get_running_loop().call_later(0, fut12.set_result, "value 12")
                log(name, "future gave", await fut12)
            log(name, "group 10 done")
        except* ValueError as eg10:
            log(name, "group ValueError", len(eg10.exceptions))
        except* Exception as eg10:
            log(name, "group errors", sorted(type(e).__name__ for e in eg10.exceptions))
        loop13 = asyncio.get_running_loop()
        loop13.call_later(1, callback, f"{name}.13")
        state["n"] += 3
        t14 = asyncio.create_task(c0(f"{name}.15"), name=f"{name}.t14")
        log(name, "cancel", t14.cancel())
        try:
            log(name, "t14 gave", await t14)
        except asyncio.CancelledError as e_t14:
            log(name, "t14 cancelled", t14.cancelled(), e_t14.args)
        except Exception as e_t14:
            log(name, "t14 failed", type(e_t14).__name__)
        try:
            try:
                r18 = await asyncio.sleep(0, result="slept 18")
                log(name, r18)
            except Exception as e17:
                log(name, "caught", type(e17).__name__, e17)
            try:
                event0.clear()
                log(name, "event0 clear")
                await asyncio.sleep(0)
            except Exception as e19:
                log(name, "caught", type(e19).__name__, e19)
            await asyncio.sleep(2)
        except Exception as e16:
            log(name, "caught", type(e16).__name__, e16)
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
