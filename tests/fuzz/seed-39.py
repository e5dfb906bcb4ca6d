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
            tg17.create_task(c0(f"{name}.18"), name=f"{name}.g17")
            if state["n"] % 2 == 0:
                r19 = await c0(f"{name}.20")
                log(name, "got", r19)
            if state["n"] % 4 == 0:
                raise KeyError(f"{name}-21")
        log(name, "group 17 done")
    except* ValueError as eg17:
        log(name, "group ValueError", len(eg17.exceptions))
    except* Exception as eg17:
        log(name, "group errors", sorted(type(e).__name__ for e in eg17.exceptions))
    try:
        item22 = await asyncio.wait_for(queue0.get(), 0.1)
        log(name, "got item", item22)
        queue0.task_done()
    except TimeoutError:
        log(name, "queue0 empty")
    if state["n"] % 2 == 1:
        raise ValueError(f"{name}-23")
    queue0.put_nowait((0, f"{name}.24"))
    log(name, "queue0 size", queue0.qsize())
    return (name, state["n"])


async def main():
    name = "main"
    try:
        async def waiter25():
            async with lock1:
                log(name, "waiter25 got lock1")
            return "w25"
        async with lock1:
            t25 = asyncio.create_task(waiter25())
            await asyncio.sleep(0)
            log(name, "cancel waiter", t25.cancel())
        try:
            log(name, "t25 gave", await t25)
        except asyncio.CancelledError as e_t25:
            log(name, "t25 cancelled", t25.cancelled(), e_t25.args)
        except Exception as e_t25:
            log(name, "t25 failed", type(e_t25).__name__)
        if state["n"] % 2 == 1:
            if state["n"] % 2 == 0:
                log(name, "s26", state["n"])
                if state["n"] % 2 == 1:
                    raise RuntimeError(f"{name}-27")
                r28 = await c1(f"{name}.29")
                log(name, "got", r28)
            else:
                r30 = await asyncio.gather(c2(f"{name}.31"), c2(f"{name}.32"), return_exceptions=True)
                log(name, "gathered", r30)
            r33 = await c0(f"{name}.34")
            log(name, "got", r33)
        else:
            await asyncio.sleep(0.1)
            await asyncio.sleep(0.1)
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
