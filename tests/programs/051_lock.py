# asyncio.Lock fixes the race from the previous program: the whole
# read-check-write sequence runs while holding the lock, so the second
# withdrawal sees the updated balance. Waiters acquire in FIFO order.

import asyncio


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()


async def withdraw(account, amount, who):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.1f} {who} wants {amount}; lock held? {account.lock.locked()}")
    async with account.lock:
        balance = account.balance
        await asyncio.sleep(0.1)  # fraud check while holding the lock
        if balance >= amount:
            account.balance = balance - amount
            print(f"t={loop.time():.1f} {who} withdrew {amount}, balance now {account.balance}")
        else:
            print(f"t={loop.time():.1f} {who} refused: only {balance} left")


async def main():
    account = Account(100)
    await asyncio.gather(
        withdraw(account, 70, "alice"),
        withdraw(account, 60, "bob"),
        withdraw(account, 20, "carol"),
    )
    print("final balance:", account.balance, "| locked:", account.lock.locked())

    lock = asyncio.Lock()
    await lock.acquire()
    try:
        print("manual acquire; locked:", lock.locked())
    finally:
        lock.release()
    try:
        lock.release()
    except RuntimeError as err:
        print("releasing an unlocked lock:", err)


asyncio.run(main())
