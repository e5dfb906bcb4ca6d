# A plain Semaphore lets you release more often than you acquired, which
# silently raises its limit. BoundedSemaphore raises ValueError instead,
# catching the bug. Also shows acquire()/release() without `async with`.

import asyncio


async def main():
    pool = asyncio.Semaphore(2)
    await pool.acquire()
    pool.release()
    pool.release()  # bug: one release too many, no error
    grabbed = 0
    while not pool.locked():
        await pool.acquire()
        grabbed += 1
    print("plain Semaphore(2) now admits", grabbed, "holders")

    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    print("bounded locked after one acquire?", bounded.locked())
    bounded.release()
    try:
        bounded.release()
    except ValueError as err:
        print("BoundedSemaphore:", err)

    await bounded.acquire()
    await bounded.acquire()
    print("bounded locked after two acquires?", bounded.locked())

    async def late_worker():
        print("late worker waiting for a slot")
        async with bounded:
            print(f"late worker got a slot at t={asyncio.get_running_loop().time():.1f}")

    waiter = asyncio.create_task(late_worker())
    await asyncio.sleep(1)
    bounded.release()
    await waiter
    bounded.release()
    print("back to idle; locked?", bounded.locked())


asyncio.run(main())
