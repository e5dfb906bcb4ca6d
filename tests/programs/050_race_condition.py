# Even on one thread, async code can race: if a coroutine reads shared
# state, awaits, and then writes back, another coroutine may have changed
# the state in between and its update is lost.

import asyncio


class Account:
    def __init__(self, balance):
        self.balance = balance


async def withdraw(account, amount, who):
    balance = account.balance              # read
    print(f"{who} sees balance {balance}")
    await asyncio.sleep(0.1)               # e.g. a fraud check over the network
    if balance >= amount:
        account.balance = balance - amount  # write back a stale value
        print(f"{who} withdrew {amount}, balance now {account.balance}")
    else:
        print(f"{who} refused: insufficient funds")


async def main():
    account = Account(100)
    await asyncio.gather(withdraw(account, 70, "alice"), withdraw(account, 60, "bob"))
    print("final balance:", account.balance, "- but 130 was handed out from 100!")

    counter = {"hits": 0}

    async def increment():
        current = counter["hits"]
        await asyncio.sleep(0)
        counter["hits"] = current + 1

    await asyncio.gather(*(increment() for _ in range(10)))
    print("10 increments produced", counter["hits"])


asyncio.run(main())
