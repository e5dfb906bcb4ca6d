# An exception raised inside a task propagates to whoever awaits it. If
# main does not catch it, asyncio.run re-raises it and the program ends
# with a traceback and exit status 1.

import asyncio


async def parse_invoice(text):
    await asyncio.sleep(0.2)
    amount = float(text.split("=")[1])
    return amount


async def main():
    good = asyncio.create_task(parse_invoice("total=19.99"))
    bad = asyncio.create_task(parse_invoice("total=N/A"))
    print("first invoice:", await good)
    print("second invoice:", await bad)
    print("never printed")


asyncio.run(main())
