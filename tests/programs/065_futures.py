# A Future is a placeholder for a result that does not exist yet. The
# loop's create_future() makes one; a timer set with call_later fills it
# in, and everyone awaiting it resumes. Futures can also carry exceptions
# or be cancelled.

import asyncio


async def wait_for_reply(name, future):
    print(f"{name} waiting for the reply")
    reply = await future
    print(f"t={asyncio.get_running_loop().time():.1f} {name} got {reply!r}")


async def main():
    loop = asyncio.get_running_loop()
    reply = loop.create_future()
    print("done?", reply.done(), "| cancelled?", reply.cancelled())
    loop.call_later(1.5, reply.set_result, "pong")
    await asyncio.gather(wait_for_reply("alice", reply), wait_for_reply("bob", reply))
    print("result():", reply.result(), "| awaiting again:", await reply)

    failed = loop.create_future()
    loop.call_later(0.5, failed.set_exception, ConnectionResetError("peer hung up"))
    try:
        await failed
    except ConnectionResetError as err:
        print(f"t={loop.time():.1f} future raised: {err}; exception() -> {failed.exception()!r}")

    try:
        failed.set_result("too late")
    except asyncio.InvalidStateError as err:
        print("cannot complete twice:", err)

    plain = asyncio.Future()
    plain.add_done_callback(lambda f: print("callback: cancelled =", f.cancelled()))
    plain.cancel()
    await asyncio.sleep(0)
    try:
        plain.result()
    except asyncio.CancelledError:
        print("result() of a cancelled future raises CancelledError")

    ready = loop.create_future()
    ready.set_result(7)
    print("awaiting an already finished future:", await ready)


asyncio.run(main())
