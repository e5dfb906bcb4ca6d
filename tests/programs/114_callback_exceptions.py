# An exception raised in a loop callback (call_soon, call_later, a done callback) does not
# stop the loop: the default exception handler logs "Exception in callback ...", the handle
# and the traceback. Handle reprs name the callback, its arguments (abbreviated as reprlib
# does) and where the function is defined.
import asyncio
import functools


def apply_discount(price, rate=0.1):
    print("discount on", price)
    return price * (1 - rate) / (price - price)


class Ledger:
    def record(self, entry):
        raise KeyError(entry)


def on_settled(fut):
    raise RuntimeError(f"settled with {fut.result()}")


async def main():
    loop = asyncio.get_running_loop()
    first = loop.call_soon(apply_discount, 100)
    print(first)
    timer = loop.call_later(0.5, apply_discount, 80, 0.2)
    print(timer)
    loop.call_soon(functools.partial(apply_discount, 50, rate=0.5))
    loop.call_soon(Ledger().record, "invoice 2024-001 for the whole quarter")
    loop.call_soon(apply_discount, [10, 20, 30, 40, 50, 60, 70], {"b": 2, "a": 1})
    payment = loop.create_future()
    payment.add_done_callback(on_settled)
    payment.set_result(42)
    spare = loop.call_later(2, apply_discount, 1)
    spare.cancel()
    print(spare)
    await asyncio.sleep(1)
    print(first)
    print("main done")


asyncio.run(main())
