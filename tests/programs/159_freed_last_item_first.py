# CPython frees the items of a list or a tuple from the last to the first, and a dict's in
# insertion order: the order in which finalizers run, and in which tasks that failed with
# nobody looking are reported when the list holding them goes.
import asyncio


class Ticket:
    def __init__(self, number):
        self.number = number

    def __del__(self):
        print("ticket", self.number, "freed")


async def flaky(n):
    raise ValueError(f"flaky {n}")


async def main():
    queue_of_tickets = [Ticket(1), Ticket(2), Ticket(3)]
    del queue_of_tickets
    pair = (Ticket(4), Ticket(5), [Ticket(6), Ticket(7)])
    del pair
    by_name = {"first": Ticket(8), "second": Ticket(9)}
    del by_name
    attempts = [asyncio.create_task(flaky(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("dropping the attempts")
    del attempts
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
