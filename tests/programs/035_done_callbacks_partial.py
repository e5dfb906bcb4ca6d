# add_done_callback runs plain functions when a task finishes, one loop
# turn later, in registration order. functools.partial binds extra
# arguments, because the loop passes only the finished task.

import asyncio
import functools

finished_log = []


def report(label, task):
    finished_log.append(label)
    outcome = "cancelled" if task.cancelled() else task.result()
    print(f"  callback [{label}] sees {task.get_name()} -> {outcome}")


async def upload(filename, seconds):
    await asyncio.sleep(seconds)
    return f"{filename} uploaded"


async def main():
    task = asyncio.create_task(upload("photo.jpg", 0.5), name="upload-photo")
    task.add_done_callback(functools.partial(report, "first"))
    task.add_done_callback(functools.partial(report, "second"))
    unwanted = functools.partial(report, "removed")
    task.add_done_callback(unwanted)
    print("removed callbacks:", task.remove_done_callback(unwanted))

    print("awaiting upload")
    result = await task
    print("await returned:", result)
    # main's own wake-up was registered after the two callbacks, so they ran first
    print("log right after the await:", finished_log)

    task.add_done_callback(functools.partial(report, "late"))  # task already done
    print("late callback registered")
    await asyncio.sleep(0)

    doomed = asyncio.create_task(upload("huge.mov", 10), name="upload-movie")
    doomed.add_done_callback(functools.partial(report, "on-cancel"))
    await asyncio.sleep(0.1)
    doomed.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("log:", finished_log)
    greet = functools.partial(print, "partial:", sep=" | ")
    greet("bound positional", "and keyword arguments")


asyncio.run(main())
