# Awaiting coroutines one after another is sequential: three 2-second
# calls take 6 seconds. asyncio.gather runs them concurrently, so the same
# three calls take 2 seconds, and the results come back in argument order.

import asyncio
import time


async def fetch_user_data(user_id):
    print(f"  fetching user {user_id}...")
    await asyncio.sleep(2)  # simulated API call
    print(f"  got user {user_id}")
    return {"id": user_id, "name": f"User_{user_id}"}


async def main():
    start = time.perf_counter()
    user1 = await fetch_user_data(1)
    user2 = await fetch_user_data(2)
    user3 = await fetch_user_data(3)
    print("sequential:", [user1["name"], user2["name"], user3["name"]],
          f"in {time.perf_counter() - start:.1f}s")

    start = time.perf_counter()
    results = await asyncio.gather(
        fetch_user_data(1),
        fetch_user_data(2),
        fetch_user_data(3),
    )
    print("gather:", [user["name"] for user in results], f"in {time.perf_counter() - start:.1f}s")

    start = time.perf_counter()
    results = [await fetch_user_data(n) for n in (4, 5)]
    print("await inside a comprehension is still sequential:",
          [user["id"] for user in results], f"in {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    asyncio.run(main())
