# SystemExit raised in a task stops the event loop at once (Task.__step stores it, then
# raises it again): asyncio.run cancels what is left and lets it through, and the program
# ends with the status it asked for. The task still holds the exception that nobody
# retrieved, which is reported when the program ends.
import asyncio


async def quitter():
    await asyncio.sleep(1)
    print("quitter calls exit(5)")
    exit(5)


async def main():
    asyncio.create_task(quitter())
    try:
        await asyncio.sleep(5)
        print("never printed: the loop stopped at t=1")
    except asyncio.CancelledError:
        print("main is cancelled by asyncio.run's clean-up")
        raise
    finally:
        print("main's finally")


try:
    asyncio.run(main())
finally:
    print("SystemExit went through asyncio.run")
