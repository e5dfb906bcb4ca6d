# CPU-bound work also blocks the loop: while a long computation runs, no
# other task gets a turn (the chat replies all wait until it finishes).
# Splitting the work into chunks with `await asyncio.sleep(0)` between
# them lets other tasks interleave.

import asyncio

log = []


def checksum_chunk(start, stop):
    total = 0
    for n in range(start, stop):
        total = (total + n * n) % 1_000_003
    return total


async def crunch(chunked):
    total = 0
    for start in range(0, 40_000, 10_000):
        total = (total + checksum_chunk(start, start + 10_000)) % 1_000_003
        log.append(f"chunk {start // 10_000}")
        if chunked:
            await asyncio.sleep(0)
    log.append("crunch done")
    return total


async def chat_replies():
    for message in range(1, 4):
        log.append(f"reply {message}")
        await asyncio.sleep(0)


async def main():
    for chunked in (False, True):
        log.clear()
        checksum, _ = await asyncio.gather(crunch(chunked), chat_replies())
        print(f"chunked={chunked}: checksum {checksum}")
        print("  order:", ", ".join(log))


asyncio.run(main())
