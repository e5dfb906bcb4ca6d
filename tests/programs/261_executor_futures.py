# concurrent.futures.Future as programs meet it: pool.submit() returns one, asyncio.wrap_future
# turns it into something a coroutine can await, done callbacks run when the job ends, and
# result()/exception()/cancel() behave as in CPython. A future built by hand shows the state
# machine and its errors; as_completed and wait work on jobs that already finished.
import asyncio
import time
import concurrent.futures as cf


def square(x):
    time.sleep(0.1 * x)
    return x * x


def explode(x):
    raise ValueError(f"cannot handle {x}")


def describe(f):
    return f"state={'cancelled' if f.cancelled() else 'done' if f.done() else 'running' if f.running() else 'pending'}"


async def main():
    with cf.ThreadPoolExecutor(max_workers=2) as pool:
        fut = pool.submit(square, 3)
        print("submitted:", describe(fut))
        fut.add_done_callback(lambda f: print("callback sees", f.result()))
        value = await asyncio.wrap_future(fut)
        print("awaited:", value, describe(fut), fut.result(), fut.exception())

        bad = pool.submit(explode, 7)
        try:
            await asyncio.wrap_future(bad)
        except ValueError as e:
            print("wrapped future raised:", e)
        print("exception():", repr(bad.exception()))
        try:
            bad.result()
        except ValueError as e:
            print("result() re-raises:", e)

        # Jobs without sleeping finish at once: map, as_completed and wait see them done.
        print("map:", list(pool.map(pow, [2, 3, 4], [2, 2, 2])))
        quick = [pool.submit(len, word) for word in ["asyncio", "futures", "pool"]]
        print("as_completed:", sorted(f.result() for f in cf.as_completed(quick)))
        done, not_done = cf.wait(quick, return_when=cf.ALL_COMPLETED)
        print("wait:", len(done), "done,", len(not_done), "not done")
        first = cf.wait(quick, return_when=cf.FIRST_COMPLETED)
        print("first completed:", len(first.done) >= 1)

        slow = pool.submit(square, 5)
        try:
            slow.result(timeout=0.1)
        except TimeoutError:
            print("result(timeout=0.1) timed out; running:", slow.running())
        print("cancel a running job:", slow.cancel())
        print("slow result:", await asyncio.wrap_future(slow))

    manual = cf.Future()
    print("manual:", describe(manual), manual.cancel(), describe(manual))
    try:
        manual.result()
    except cf.CancelledError:
        print("CancelledError from a cancelled future")
    other = cf.Future()
    other.set_running_or_notify_cancel()
    print("running:", other.running(), "cancel:", other.cancel())
    other.set_result("ok")
    try:
        other.set_result("again")
    except cf.InvalidStateError as e:
        print("InvalidStateError:", str(e).split(":")[0])
    print(issubclass(cf.CancelledError, Exception), cf.TimeoutError is TimeoutError)


asyncio.run(main())
