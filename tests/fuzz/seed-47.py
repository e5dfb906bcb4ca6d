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
            tg7.create_task(c0(f"{name}.8"), name=f"{name}.g7.0")
            try:
                await asyncio.wait_for(event0.wait(), 0)
                log(name, "event0 seen")
            except TimeoutError:
                log(name, "event0 timeout")
        log(name, "group 7 done")
    except* ValueError as eg7:
        log(name, "group ValueError", len(eg7.exceptions))
    except* Exception as eg7:
        log(name, "group errors", sorted(type(e).__name__ for e in eg7.exceptions))
    r9 = await asyncio.gather(c0(f"{name}.10"), c0(f"{name}.11"), return_exceptions=True)
    log(name, "gathered", r9)
    event0.set()
    log(name, "event0 set")
    return (name, state["n"])


async def c3(name):
    try:
        async with asyncio.TaskGroup() as tg12:
            tg12.create_task(c2(f"{name}.13"), name=f"{name}.g12.0")
            tg12.create_task(c2(f"{name}.14"), name=f"{name}.g12.1")
        log(name, "group 12 done")
    except ExceptionGroup as eg12:
        log(name, "group errors", sorted(type(e).__name__ for e in eg12.exceptions))
    try:
        await asyncio.wait_for(event0.wait(), 0)
        log(name, "event0 seen")
    except TimeoutError:
        log(name, "event0 timeout")
    try:
        async with asyncio.timeout(3) as cm15:
            event0.set()
            log(name, "event0 set")
            await asyncio.sleep(0.1)
            event0.set()
            log(name, "event0 set")
        log(name, "timeout 15 not hit", cm15.expired())
    except TimeoutError:
        log(name, "timeout 15 hit")
    log(name, "s16", state["n"])
    return (name, state["n"])


async def main():
    name = "main"
    try:
        ts17 = [asyncio.create_task(c3(f"{name}.18"), name=f"{name}.w17.0"), asyncio.create_task(c2(f"{name}.19"), name=f"{name}.w17.1")]
        try:
            for f20 in asyncio.as_completed(ts17, timeout=0.15):
                try:
                    log(name, "completed", await f20)
                except (ValueError, KeyError, RuntimeError) as e20:
                    log(name, "completed with", type(e20).__name__)
        except TimeoutError:
            log(name, "as_completed timed out")
        try:
            fut22 = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().call_later(0.2, fut22.set_result, "value 22")
            log(name, "future gave", await fut22)
            log(name, "s23", state["n"])
        except TimeoutError as e21:
            log(name, "caught", type(e21).__name__, e21)
        t24 = asyncio.create_task(c1(f"{name}.25"))
        try:
            log(name, "shielded", await asyncio.wait_for(asyncio.shield(t24), 1))
        except TimeoutError:
            log(name, "shield timed out; inner done:", t24.done())
        if state["n"] % 2 == 0:
            ts26 = [asyncio.create_task(c1(f"{name}.27"), name=f"{name}.w26.0"), asyncio.create_task(c3(f"{name}.28"), name=f"{name}.w26.1")]
            done29, pending29 = await asyncio.wait(ts26)
            for t in sorted(done29, key=asyncio.Task.get_name):
                log(name, "done", t.get_name(), "cancelled" if t.cancelled() else repr(t.exception()))
            for t in sorted(pending29, key=asyncio.Task.get_name):
                log(name, "pending", t.get_name(), t.cancel())
            try:
                async with asyncio.timeout(0.15) as cm30:
                    if state["n"] % 4 == 2:
                        raise ValueError(f"{name}-31")
                    await asyncio.sleep(0)
                log(name, "timeout 30 not hit", cm30.expired())
            except TimeoutError:
                log(name, "timeout 30 hit")
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
