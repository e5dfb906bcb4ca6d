# asyncgen seed 24
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
queue0 = asyncio.PriorityQueue()
queue1 = asyncio.Queue()


async def agen0(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(1)
            yield f"{name}:{i}"
    finally:
        log(name, "agen0 closed")


async def c0(name):
    async def waiter1():
        try:
            return await fut1
        finally:
            log(name, "waiter1 leaves", fut1.cancelled())
    fut1 = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(waiter1())
    await asyncio.sleep(0)
    log(name, "cancel", t1.cancel())
    try:
        log(name, "t1 gave", await t1)
    except asyncio.CancelledError as e_t1:
        log(name, "t1 cancelled", t1.cancelled(), e_t1.args)
    except Exception as e_t1:
        log(name, "t1 failed", type(e_t1).__name__)
    async with sem0:
        log(name, "in sem0", sem0.locked())
        fut2 = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0, fut2.set_result, "value 2")
        log(name, "future gave", await fut2)
        try:
            item3 = queue0.get_nowait()
            log(name, "got item", item3)
            queue0.task_done()
        except asyncio.QueueEmpty:
            log(name, "queue0 empty")
        r4 = await asyncio.to_thread(blocking, f"{name}.4", 0.1)
        log(name, r4)
    return None


async def c1(name):
    async with sem0:
        log(name, "in sem0", sem0.locked())
        if state["n"] % 4 == 1:
            raise ValueError(f"{name}-5")
    async with cond0:
        try:
            await asyncio.wait_for(cond0.wait_for(lambda: state["n"] >= 1), 0.5)
            log(name, "cond0 woke", state["n"])
        except TimeoutError:
            log(name, "cond0 timeout", cond0.locked())
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        log(name, "cancelled myself", asyncio.current_task().uncancel())
    return (name, state["n"])


async def c2(name):
    r7 = await c0(f"{name}.8")
    log(name, "got", r7)
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        log(name, "cancelled myself", asyncio.current_task().uncancel())
    if state["n"] % 2 == 1:
        log(name, "s10", state["n"])
    return state["n"]


async def main():
    name = "main"
    try:
        try:
            async with asyncio.TaskGroup() as tg11:
                tg11.create_task(c0(f"{name}.12"), name=f"{name}.g11")
            log(name, "group 11 done")
        except* ValueError as eg11:
            log(name, "group ValueError", len(eg11.exceptions))
        except* Exception as eg11:
            log(name, "group errors", sorted(type(e).__name__ for e in eg11.exceptions))
        log(name, "running as", asyncio.current_task().get_name())
        log(name, "s14", state["n"])
        if state["n"] % 2 == 0:
            return f"{name} early"
        try:
            log(name, "s16", state["n"])
        finally:
            log(name, "finally 15")
        log(name, "running as", asyncio.current_task().get_name())
        await asyncio.sleep(0.1)
        async def waiter18():
            try:
                return await fut18
            finally:
                log(name, "waiter18 leaves", fut18.cancelled())
        fut18 = asyncio.get_running_loop().create_future()
        t18 = asyncio.create_task(waiter18())
        await asyncio.sleep(0)
        log(name, "cancel", t18.cancel())
        try:
            log(name, "t18 gave", await t18)
        except asyncio.CancelledError as e_t18:
            log(name, "t18 cancelled", t18.cancelled(), e_t18.args)
        except Exception as e_t18:
            log(name, "t18 failed", type(e_t18).__name__)
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
