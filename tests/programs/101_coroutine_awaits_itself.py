# A coroutine that awaits itself, directly or through others, finds itself executing:
# CPython raises ValueError('coroutine already executing') at that await (a generator
# resumed from inside itself: 'generator already executing').
import asyncio


async def selfish():
    print("selfish awaits its own coroutine")
    await current


async def ping():
    await pong_coroutine


async def pong():
    print("pong awaits ping, which is awaiting pong")
    await ping_coroutine


def generator():
    yield next(gen)


async def main():
    global current, ping_coroutine, pong_coroutine, gen
    current = selfish()
    try:
        await current
    except ValueError as error:
        print("await:", repr(error))

    current = selfish()
    task = asyncio.create_task(current)
    try:
        await task
    except ValueError as error:
        print("task:", repr(error))

    ping_coroutine, pong_coroutine = ping(), pong()
    try:
        await ping_coroutine
    except ValueError as error:
        print("ping -> pong -> ping:", repr(error))

    current = selfish()
    try:
        current.send(None)
    except ValueError as error:
        print("send:", repr(error))

    gen = generator()
    try:
        next(gen)
    except ValueError as error:
        print("generator:", repr(error))

    # Uncaught: the traceback ends at the await that found the coroutine running.
    current = selfish()
    await current


asyncio.run(main())
