# asyncio.wait's three modes, watching the same three tasks at once: each
# watcher returns at a different moment. wait() never raises; a failed
# task simply lands in `done`, and its error stays inside the task.

import asyncio


async def job(seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError("the upload failed")
    return seconds


def names(tasks):
    return sorted(task.get_name() for task in tasks)


async def watch(label, tasks, **options):
    loop = asyncio.get_running_loop()
    done, pending = await asyncio.wait(tasks, **options)
    print(f"t={loop.time():.0f} {label}: done={names(done)} pending={names(pending)}")


async def main():
    tasks = [
        asyncio.create_task(job(1), name="fast"),
        asyncio.create_task(job(2, fail=True), name="broken"),
        asyncio.create_task(job(4), name="slow"),
    ]
    await asyncio.gather(
        watch("ALL_COMPLETED", tasks),
        watch("FIRST_COMPLETED", tasks, return_when=asyncio.FIRST_COMPLETED),
        watch("FIRST_EXCEPTION", tasks, return_when=asyncio.FIRST_EXCEPTION),
        watch("ALL_COMPLETED with timeout=3", tasks, timeout=3),
    )
    print("results:", tasks[0].result(), repr(tasks[1].exception()), tasks[2].result())


asyncio.run(main())
