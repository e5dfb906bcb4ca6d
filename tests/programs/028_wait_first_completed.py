# asyncio.wait(..., return_when=FIRST_COMPLETED) returns as soon as any
# task finishes: a "hedged request" to several replicas that keeps the
# fastest answer. done and pending are sets, so we sort them by name.

import asyncio

LATENCY = {"replica-eu": 0.8, "replica-us": 0.5, "replica-asia": 1.1}


async def call_llm(replica, prompt):
    await asyncio.sleep(LATENCY[replica])
    return f"{replica} answered {prompt!r}"


def by_name(tasks):
    return sorted(tasks, key=lambda t: t.get_name())


async def main():
    loop = asyncio.get_running_loop()
    prompt = "summarise the meeting"
    tasks = [asyncio.create_task(call_llm(r, prompt), name=r) for r in LATENCY]
    done, pending = await asyncio.wait(tasks, timeout=30, return_when=asyncio.FIRST_COMPLETED)
    print(f"t={loop.time():.1f} done: {[t.get_name() for t in by_name(done)]}")
    print(f"t={loop.time():.1f} pending: {[t.get_name() for t in by_name(pending)]}")
    for task in by_name(done):
        print("winner:", task.result())
    for task in by_name(pending):
        task.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in by_name(pending)], f"t={loop.time():.1f}")


asyncio.run(main())
