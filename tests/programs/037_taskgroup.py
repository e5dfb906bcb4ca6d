# asyncio.TaskGroup (Python 3.11+) is structured concurrency: every task
# created in the group is finished when the `async with` block exits, so
# results can be read with task.result() right after it.

import asyncio


async def fetch_profile(user_id):
    await asyncio.sleep(0.2 * user_id)
    print(f"  profile {user_id} loaded")
    return {"id": user_id, "name": f"user{user_id}"}


async def fetch_orders(user_id, tg):
    await asyncio.sleep(0.1)
    # a child can add more work to the same group while it is open
    extra = tg.create_task(fetch_profile(user_id + 10))
    print(f"  orders for {user_id} loaded, started a follow-up task")
    return [f"order-{user_id}-{n}" for n in range(2)], extra


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        profile = tg.create_task(fetch_profile(1))
        orders = tg.create_task(fetch_orders(1, tg))
        settings = tg.create_task(asyncio.sleep(0.5, result={"theme": "dark"}))
        print("tasks created; the block now waits for all of them")
    print(f"t={loop.time():.1f} group finished")
    order_list, extra = orders.result()
    print(profile.result(), order_list, settings.result())
    print("follow-up:", extra.result(), "done?", extra.done())


asyncio.run(main())
