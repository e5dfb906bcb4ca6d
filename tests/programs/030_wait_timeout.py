# asyncio.wait with a timeout (ALL_COMPLETED is the default) returns the
# tasks that finished in time and those still pending. Unlike wait_for,
# it does not cancel anything: pending tasks keep running.

import asyncio


async def render_report(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name}.pdf"


async def main():
    loop = asyncio.get_running_loop()
    jobs = {"sales": 0.5, "inventory": 1.5, "payroll": 0.8, "audit": 2.5}
    tasks = [asyncio.create_task(render_report(n, s), name=n) for n, s in jobs.items()]

    done, pending = await asyncio.wait(tasks, timeout=1.0, return_when=asyncio.ALL_COMPLETED)
    print(f"t={loop.time():.1f} finished in time:", sorted(t.result() for t in done))
    print(f"t={loop.time():.1f} still running:", sorted(t.get_name() for t in pending))

    done, pending = await asyncio.wait(pending)
    print(f"t={loop.time():.1f} the rest:", sorted(t.result() for t in done), "pending:", len(pending))
    print("all results in submission order:", [t.result() for t in tasks])


asyncio.run(main())
