# An async context manager class: __aenter__ and __aexit__ are coroutines,
# so connecting and closing can await I/O. __aexit__ receives any exception
# from the block; returning True suppresses it.

import asyncio


class RetryableQueryError(Exception):
    pass


class AsyncDB:
    def __init__(self, name):
        self.name = name
        self.connected = False

    async def __aenter__(self):
        print(f"connecting to {self.name}...")
        await asyncio.sleep(0.2)
        self.connected = True
        print("connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        self.connected = False
        if exc_type is None:
            print("closed cleanly")
            return False
        print(f"closed after {exc_type.__name__}: {exc}")
        return issubclass(exc_type, RetryableQueryError)  # swallow only this kind

    async def execute(self, sql):
        await asyncio.sleep(0.3)
        if "DROP" in sql:
            raise PermissionError("DROP is not allowed")
        if "flaky" in sql:
            raise RetryableQueryError("deadlock detected, try again")
        return f"3 rows from {sql!r}"


async def main():
    loop = asyncio.get_running_loop()
    async with AsyncDB("analytics") as conn:
        print(await conn.execute("SELECT * FROM users"))
    print(f"t={loop.time():.1f} connected after block? {conn.connected}")

    async with AsyncDB("analytics") as conn:
        await conn.execute("SELECT flaky_view")
        print("not reached")
    print("the retryable error was suppressed")

    try:
        async with AsyncDB("analytics") as conn:
            await conn.execute("DROP TABLE users")
    except PermissionError as err:
        print("propagated:", err)
    print(f"t={loop.time():.1f} done")


asyncio.run(main())
