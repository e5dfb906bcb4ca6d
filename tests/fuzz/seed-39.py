# asyncgen seed 39
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
queue0 = asyncio.Queue()



async def c0(name):
    loop1 = asyncio.get_running_loop()
    loop1.call_later(1, callback, f"{name}.1")
    try:
        async with asyncio.timeout(0.1) as cm2:
            if state["n"] % 4 == 1:
                return f"{name} early"
            try:
                item3 = await asyncio.wait_for(queue0.get(), 0.1)
                log(name, "got item", item3)
                queue0.task_done()
            except TimeoutError:
                log(name, "queue0 empty")
            try:
                async with asyncio.timeout(0.5) as cm4:
                    if state["n"] % 3 == 0:
                        raise RuntimeError(f"{name}-5")
                    state["n"] += 3
                log(name, "timeout 4 not hit", cm4.expired())
            except TimeoutError:
                log(name, "timeout 4 hit")
        log(name, "timeout 2 not hit", cm2.expired())
    except TimeoutError:
        log(name, "timeout 2 hit")
    try:
        log(name, "s7", state["n"])
        if state["n"] % 4 == 2:
            raise KeyError(f"{name}-8")
    except RuntimeError as e6:
        log(name, "caught", type(e6).__name__, e6)
    return None


async def c1(name):
    r9 = await c0(f"{name}.10")
    log(name, "got", r9)
    ts11 = [asyncio.create_task(c0(f"{name}.12"), name=f"{name}.w11.0"), asyncio.create_task(c0(f"{name}.13"), name=f"{name}.w11.1"), asyncio.create_task(c0(f"{name}.14"), name=f"{name}.w11.2")]
    try:
        for f15 in asyncio.as_completed(ts11):
            try:
                log(name, "completed", await f15)
            except (ValueError, KeyError, RuntimeError) as e15:
                log(name, "completed with", type(e15).__name__)
    except TimeoutError:
        log(name, "as_completed timed out")
    return None


async def c2(name):
    r16 = await asyncio.to_thread(blocking, f"{name}.16", 0.2)
    log(name, r16)
    try:
        async with asyncio.TaskGroup() as tg17:
            tg17.create_task(c1(f"{name}.18"), name=f"{name}.g17.0")
        log(name, "group 17 done")
    except* ValueError as eg17:
        log(name, "group ValueError", len(eg17.exceptions))
    except* Exception as eg17:
        log(name, "group errors", sorted(type(e).__name__ for e in eg17.exceptions))
    if state["n"] % 2 == 0:
        t19 = asyncio.create_task(c1(f"{name}.20"), name=f"{name}.t19")
        t19.cancel("stop t19")
        try:
            log(name, "t19 gave", await t19)
        except asyncio.CancelledError as e_t19:
            log(name, "t19 cancelled", t19.cancelled(), e_t19.args)
        except Exception as e_t19:
            log(name, "t19 failed", type(e_t19).__name__)
    r21 = await asyncio.sleep(1, result="slept 21")
    log(name, r21)
    fut22 = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut22.set_exception, ValueError("future 22"))
    try:
        await fut22
    except ValueError as e22:
        log(name, "future raised", e22)
    return f"{name} ok"


async def main():
    name = "main"
    try:
        async def waiter23():
            async with lock1:
                log(name, "waiter23 got lock1")
            return "w23"
        async with lock1:
            t23 = asyncio.create_task(waiter23())
            await asyncio.sleep(0)
            log(name, "cancel waiter", t23.cancel())
        try:
            log(name, "t23 gave", await t23)
        except asyncio.CancelledError as e_t23:
            log(name, "t23 cancelled", t23.cancelled(), e_t23.args)
        except Exception as e_t23:
            log(name, "t23 failed", type(e_t23).__name__)
        async with cond0:
            state["n"] += 1
            cond0.notify(1)
            log(name, "cond0 notify(1)")
        loop24 = asyncio.get_running_loop()
        loop24.call_later(0, callback, f"{name}.24")
        if state["n"] % 2 == 1:
            if state["n"] % 2 == 0:
                log(name, "s25", state["n"])
                if state["n"] % 2 == 1:
                    raise RuntimeError(f"{name}-26")
                r27 = await c1(f"{name}.28")
                log(name, "got", r27)
            else:
                r29 = await asyncio.gather(c2(f"{name}.30"), c2(f"{name}.31"), return_exceptions=True)
                log(name, "gathered", r29)
            r32 = await c0(f"{name}.33")
            log(name, "got", r32)
        else:
            try:
                state["n"] += 3
            except Exception as e34:
                log(name, "caught", type(e34).__name__, e34)
            log(name, "s35", state["n"])
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
