# Inspecting tasks: current_task(), all_tasks(), get_name()/set_name(),
# done(), cancelled(), result() and exception(), including what happens
# when you ask for the result too early.

import asyncio


async def job(seconds, fail=False):
    me = asyncio.current_task()
    print(f"  {me.get_name()} running")
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError(f"{me.get_name()} crashed")
    return seconds * 10


async def main():
    print("main runs as", asyncio.current_task().get_name())
    ok = asyncio.create_task(job(0.5), name="resize-image")
    bad = asyncio.create_task(job(0.3, fail=True))
    print("default name of second task:", bad.get_name())
    bad.set_name("send-email")
    idle = asyncio.create_task(job(5), name="idle-poller")

    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", names)
    try:
        ok.result()
    except asyncio.InvalidStateError as err:
        print("too early:", type(err).__name__, err)

    await asyncio.sleep(1)
    idle.cancel()
    await asyncio.sleep(0)
    for task in (ok, bad, idle):
        print(f"{task.get_name():<12} done={task.done()} cancelled={task.cancelled()}", end=" ")
        if task.cancelled():
            print("-> cancelled")
        elif task.exception() is not None:
            print("-> exception:", repr(task.exception()))
        else:
            print("-> result:", task.result())
    try:
        idle.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises CancelledError")
    print("tasks left:", sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
