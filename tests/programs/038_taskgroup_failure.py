# When a TaskGroup child fails, the group cancels the children still
# running and the body of the `async with`, then raises an ExceptionGroup,
# which `except*` unpacks by exception type.

import asyncio


async def step(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ConnectionError(f"{name}: database unreachable")
        print(f"t={asyncio.get_running_loop().time():.1f} {name} finished")
        return name
    except asyncio.CancelledError:
        print(f"t={asyncio.get_running_loop().time():.1f} {name} was cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("load config", 0.5))
            tg.create_task(step("save results", 1.0, fail=True))
            slow = tg.create_task(step("build index", 3.0))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print(f"t={loop.time():.1f} the block's own await was cancelled too")
                raise
    except* ConnectionError as group:
        print(f"t={loop.time():.1f} caught {type(group).__name__}: {group}")
        for error in group.exceptions:
            print("  ->", type(error).__name__, error)
    print("slow task cancelled?", slow.cancelled())


asyncio.run(main())
