# The event loop runs one piece of code at a time on one thread. A task
# runs until it reaches an await that has to wait; then the loop runs the
# next ready task. Only when nothing is ready does the clock jump to the
# next timer. create_task queues a task; it starts on the loop's next turn.

import asyncio


def now():
    return f"t={asyncio.get_running_loop().time():.0f}"


async def chef(name, dish, minutes):
    print(f"{now()} {name} starts the {dish}")
    await asyncio.sleep(minutes)  # suspends here; the loop runs someone else
    print(f"{now()} {name} serves the {dish}")
    return dish


async def main():
    print(f"{now()} main: creating two tasks")
    soup = asyncio.create_task(chef("Ana", "soup", 3))
    bread = asyncio.create_task(chef("Ben", "bread", 1))
    print(f"{now()} main: tasks created, neither has started yet")
    await asyncio.sleep(0)  # give the loop one turn: both tasks start
    print(f"{now()} main: back after one turn of the loop")
    served = [await soup, await bread]
    print(f"{now()} main: served {served}")


asyncio.run(main())
