# KeyboardInterrupt raised in a task stops the event loop at once, as SystemExit does. Left
# uncaught, CPython prints its traceback and ends by SIGINT (a shell shows status 130).
import asyncio


async def interrupter():
    await asyncio.sleep(1)
    print("interrupter raises KeyboardInterrupt")
    raise KeyboardInterrupt


async def main():
    asyncio.create_task(interrupter())
    try:
        await asyncio.sleep(5)
    finally:
        print("main's finally runs in asyncio.run's clean-up")


asyncio.run(main())
