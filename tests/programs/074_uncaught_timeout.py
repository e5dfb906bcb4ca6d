# An uncaught TimeoutError from asyncio.wait_for. The traceback shows the
# CancelledError raised inside the slow call as the direct cause of the
# TimeoutError, and the program exits with status 1.

import asyncio


async def generate_report():
    print("generating report...")
    await asyncio.sleep(30)
    return "report.pdf"


async def main():
    print("got", await asyncio.wait_for(generate_report(), timeout=2))


asyncio.run(main())
