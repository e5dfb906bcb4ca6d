# At exit CPython's last garbage collection runs every finalizer before it frees anything,
# so __del__ methods and generators' finally blocks still see the module's globals. Here
# each one fails on purpose: "Exception ignored in" shows the order they ran in and what
# they saw, and the exit status stays 0.
import asyncio

SERVICE = "payments"


class Session:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise ConnectionError(f"{SERVICE}: session {self.name} still has open requests")


def receipts():
    try:
        yield "receipt 1"
        yield "receipt 2"
    finally:
        raise LookupError(f"{SERVICE}: receipts left unread")


async def main():
    await asyncio.sleep(0.1)
    return Session("from main")


primary = Session("primary")
pool = [Session("pool-1"), Session("pool-2")]
by_user = {"ada": Session("ada")}
pending = receipts()
print(next(pending))
result = asyncio.run(main())
late = Session("late")
print("program done")
