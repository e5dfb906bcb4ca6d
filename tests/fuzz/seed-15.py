# asyncgen seed 15
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
event0 = asyncio.Event()
event1 = asyncio.Event()
cond0 = asyncio.Condition()
queue0 = asyncio.PriorityQueue()



async def c0(name):
    log(name, "s1", state["n"])
    log(name, "s2", state["n"])
    fut3 = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.5, fut3.set_result, "value 3")
    log(name, "future gave", await fut3)
    return state["n"]


async def c1(name):
    t4 = asyncio.create_task(c0(f"{name}.5"), name=f"{name}.t4")
    await asyncio.wait([t4])
    log(name, "cancel after done", t4.cancel())
    try:
        log(name, "t4 gave", await t4)
    except asyncio.CancelledError as e_t4:
        log(name, "t4 cancelled", t4.cancelled(), e_t4.args)
    except Exception as e_t4:
        log(name, "t4 failed", type(e_t4).__name__)
    async with lock0:
        log(name, "holds lock0")
        async with asyncio.TaskGroup() as tg6:
            tg6.create_task(c0(f"{name}.7"), name=f"{name}.g6")
            log(name, "s8", state["n"])
        log(name, "group 6 done")
        r9 = await asyncio.get_running_loop().run_in_executor(None, blocking, f"{name}.9", 1)
        log(name, r9)
    log(name, "s10", state["n"])
    await asyncio.sleep(1)
    log(name, "s11", state["n"])
    return None


async def main():
    name = "main"
    try:
        r12 = await asyncio.gather(c0(f"{name}.13"), c0(f"{name}.14"), c1(f"{name}.15"), return_exceptions=False)
        log(name, "gathered", r12)
        r16 = await asyncio.gather(c1(f"{name}.17"), return_exceptions=True)
        log(name, "gathered", r16)
        async with cond0:
            try:
                await asyncio.wait_for(cond0.wait_for(lambda: state["n"] >= 1), 3)
                log(name, "cond0 woke", state["n"])
            except TimeoutError:
                log(name, "cond0 timeout", cond0.locked())
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
