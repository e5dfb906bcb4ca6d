# as_completed(..., timeout=...) raises TimeoutError from the next await
# once the deadline passes. The unfinished tasks keep running, so we
# cancel them ourselves and wait for them to wind down.

import asyncio

DURATIONS = {"gpt-small": 0.4, "gpt-large": 2.5, "claude": 0.9, "llama": 3.0, "mistral": 1.2}


async def ask(model):
    await asyncio.sleep(DURATIONS[model])
    return f"{model}: answer"


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(ask(model), name=model) for model in DURATIONS]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=1.5):
            answer = await next_done
            print(f"t={loop.time():.1f} {answer}")
    except TimeoutError:
        print(f"t={loop.time():.1f} timed out waiting for the rest")

    slow = [t for t in tasks if not t.done()]
    for task in slow:
        task.cancel()
    outcomes = await asyncio.gather(*slow, return_exceptions=True)
    for task, outcome in zip(slow, outcomes):
        print(f"  {task.get_name()}: cancelled={task.cancelled()} ({type(outcome).__name__})")
    print(f"t={loop.time():.1f} finished")


asyncio.run(main())
