# An exception raised in __del__ cannot propagate: CPython prints "Exception ignored in:"
# with the traceback on stderr, and the program goes on.
import asyncio


class LeakError(Exception):
    pass


class Connection:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)
        if self.name == "silent":
            raise LeakError()
        if self.name != "clean":
            raise LeakError(f"{self.name} was not closed properly")


class Cursor:
    def __del__(self):
        rows = [1, 2]
        print("cursor row", rows[5])


def use_once():
    conn = Connection("temporary")
    print("using", conn.name)


async def fetch():
    conn = Connection("task-local")
    await asyncio.sleep(0.1)
    print("fetched with", conn.name)
    return 1


async def main():
    use_once()
    print("after use_once")
    result = await asyncio.create_task(fetch())
    print("result", result)
    Connection("clean")
    Connection("silent")
    shared = Connection("shared")
    del shared
    Cursor()
    print("main done")


asyncio.run(main())
print("program done")
