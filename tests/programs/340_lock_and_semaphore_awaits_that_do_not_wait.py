# `async with lock:`, `async with semaphore:`, `await x.acquire()` when the lock or a slot is
# free, and `await event.wait()` on a set event: the coroutines finish without suspending, so
# no other task runs in between. When they must wait, or a subclass changes the methods, they
# run as written.
import asyncio


class LoudLock(asyncio.Lock):
    async def acquire(self):
        print("  LoudLock.acquire")
        return await super().acquire()

    def release(self):
        print("  LoudLock.release")
        super().release()


class SlowEvent(asyncio.Event):
    async def wait(self):
        print("  SlowEvent.wait")
        return await super().wait()


class CountingSemaphore(asyncio.Semaphore):
    taken = 0

    async def acquire(self):
        CountingSemaphore.taken += 1
        return await super().acquire()


async def note(name):
    print(f"{name} runs, loop time {asyncio.get_running_loop().time():.2f}")


async def holder(name, primitive, seconds):
    async with primitive:
        print(f"{name} holds {type(primitive).__name__}")
        await asyncio.sleep(seconds)
    print(f"{name} let go")


async def main():
    lock = asyncio.Lock()
    semaphore = asyncio.Semaphore(2)
    bounded = asyncio.BoundedSemaphore(1)
    bystander = asyncio.create_task(note("bystander"))

    # Free: nothing in between.
    async with lock:
        print("in lock, locked:", lock.locked())
    async with semaphore:
        async with semaphore:
            print("two slots taken, locked:", semaphore.locked())
        print("one given back, value:", semaphore._value)
    async with bounded:
        print("bounded taken, value:", bounded._value)
    print("acquire ->", await lock.acquire(), "then", lock.locked())
    lock.release()
    print("semaphore acquire ->", await semaphore.acquire(), "value", semaphore._value)
    semaphore.release()
    print("bystander done yet?", bystander.done())
    await bystander

    # Contended: tasks wait their turn, FIFO, and the clock moves.
    tasks = [asyncio.create_task(holder(f"t{n}", lock, 0.1)) for n in range(3)]
    tasks += [asyncio.create_task(holder(f"s{n}", semaphore, 0.2)) for n in range(4)]
    await asyncio.gather(*tasks)
    print("after contention at", asyncio.get_running_loop().time())

    # A lock whose only waiter was cancelled is free to take at once.
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    lock.release()
    print("waiter cancelled:", waiter.cancelled() or "pending", "locked:", lock.locked())
    print("acquire past a cancelled waiter ->", await lock.acquire())
    lock.release()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter was cancelled")

    # An exception inside: the lock is let go, the exception goes on.
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError as error:
        print("caught", repr(error), "locked:", lock.locked())

    # Leaving a lock nobody holds, and a bounded semaphore released too often.
    try:
        await lock.__aexit__(None, None, None)
    except RuntimeError as error:
        print("aexit of a free lock:", error)
    try:
        await bounded.__aexit__(None, None, None)
    except ValueError as error:
        print("aexit of a full bounded semaphore:", error)

    # Subclasses run their own methods.
    loud = LoudLock()
    async with loud:
        print("in loud lock")
    counting = CountingSemaphore(1)
    async with counting:
        pass
    print("counting semaphore taken", CountingSemaphore.taken, "time(s)")

    # A semaphore with no slot: the acquire waits for a release.
    empty = asyncio.Semaphore(0)

    async def release_later():
        await asyncio.sleep(0.5)
        empty.release()

    asyncio.create_task(release_later())
    print("waited for a slot ->", await empty.acquire(), "at", asyncio.get_running_loop().time())

    # A Condition's `async with` is its lock's.
    condition = asyncio.Condition()
    async with condition:
        print("condition held:", condition.locked())
    print("condition released:", condition.locked())

    # A set event's wait gives True at once; an unset one waits for set().
    event = asyncio.Event()
    event.set()
    bystander = asyncio.create_task(note("event bystander"))
    print("wait on a set event ->", await event.wait(), "bystander done?", bystander.done())
    event.clear()

    async def set_later():
        await asyncio.sleep(0.25)
        event.set()

    asyncio.create_task(set_later())
    print("wait on a clear event ->", await event.wait(), "at", asyncio.get_running_loop().time())
    slow = SlowEvent()
    slow.set()
    print("subclass wait ->", await slow.wait())
    await bystander

    # An acquire coroutine made and dropped never takes the lock.
    lock.acquire()
    print("after an unawaited acquire, locked:", lock.locked())


asyncio.run(main())
