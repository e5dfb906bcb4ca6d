# contextlib.asynccontextmanager turns an async generator into an async
# context manager: code before `yield` is setup, the `finally` after it is
# cleanup. Several managers can share one `async with (...)` statement;
# they are entered left to right and exited in reverse.

import asyncio
from contextlib import asynccontextmanager


class Connection:
    def __init__(self, url):
        self.url = url

    async def fetch(self, query):
        await asyncio.sleep(0.2)
        return [f"{query} row {n}" for n in range(2)]


@asynccontextmanager
async def managed_connection(url):
    print(f"open {url}")
    await asyncio.sleep(0.1)
    conn = Connection(url)
    try:
        yield conn
    finally:
        await asyncio.sleep(0.1)
        print(f"close {url}")


@asynccontextmanager
async def http_session(name):
    print(f"session {name} start")
    yield {"name": name, "requests": 0}
    print(f"session {name} end")  # not in finally: skipped if the block raises


async def main():
    loop = asyncio.get_running_loop()
    async with managed_connection("postgresql://docs") as conn:
        print(await conn.fetch("SELECT * FROM docs"))

    async with (
        managed_connection("db://primary") as db,
        http_session("crawler") as session,
    ):
        session["requests"] += 1
        print("both available:", db.url, session)

    try:
        async with managed_connection("db://replica") as db, http_session("broken") as session:
            raise RuntimeError("query planner crashed")
    except RuntimeError as err:
        print("error after cleanup:", err)
    print(f"t={loop.time():.1f}")


asyncio.run(main())
