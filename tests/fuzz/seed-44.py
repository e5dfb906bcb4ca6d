# asyncgen seed 44
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

queue0 = asyncio.PriorityQueue()
barrier0 = asyncio.Barrier(2)



async def c0(name):
    log(name, "s1", state["n"])
    try:
        item2 = await asyncio.wait_for(queue0.get(), 1)
        log(name, "got item", item2)
        queue0.task_done()
    except TimeoutError:
        log(name, "queue0 empty")
    try:
        item3 = await asyncio.wait_for(queue0.get(), 0)
        log(name, "got item", item3)
        queue0.task_done()
    except TimeoutError:
        log(name, "queue0 empty")
    try:
        async with asyncio.timeout(0.1) as cm4:
            for i5 in range(1):
                log(name, "loop", i5)
                log(name, "s6", state["n"])
            if state["n"] % 2 == 1:
                log(name, "s7", state["n"])
                await asyncio.sleep(0.1)
            else:
                if state["n"] % 4 == 2:
                    raise KeyError(f"{name}-8")
            await asyncio.sleep(0.1)
        log(name, "timeout 4 not hit", cm4.expired())
    except TimeoutError:
        log(name, "timeout 4 hit")
    loop9 = asyncio.get_running_loop()
    loop9.call_at(loop9.time() + 1, callback, f"{name}.9")
    return (name, state["n"])


async def c1(name):
    r10 = await c0(f"{name}.11")
    log(name, "got", r10)
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
    await queue0.put((2, f"{name}.13"))
    log(name, "queue0 size", queue0.qsize())
    return None


async def c2(name):
    try:
        async with asyncio.TaskGroup() as tg14:
            tg14.create_task(c0(f"{name}.15"), name=f"{name}.g14")
        log(name, "group 14 done")
    except* ValueError as eg14:
        log(name, "group ValueError", len(eg14.exceptions))
    except* Exception as eg14:
        log(name, "group errors", sorted(type(e).__name__ for e in eg14.exceptions))
    r16 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.16", 1)
    log(name, r16)
    return f"{name} ok"


async def main():
    name = "main"
    try:
        try:
            r17 = await asyncio.wait_for(c1(f"{name}.18"), timeout=3)
            log(name, "in time", r17)
        except TimeoutError:
            log(name, "wait_for 17 timed out")
        r19 = await asyncio.gather(c2(f"{name}.20"), return_exceptions=True)
        log(name, "gathered", r19)
        await asyncio.sleep(0.2)
        r21 = await asyncio.gather(c0(f"{name}.22"), return_exceptions=True)
        log(name, "gathered", r21)
        log(name, "s23", state["n"])
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
