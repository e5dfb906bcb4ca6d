# ExceptionGroup bundles several exceptions. `except*` handles each
# matching part separately, and more than one handler can run for the same
# group. Here two TaskGroup children fail at the same moment.

import asyncio


class QuotaExceeded(Exception):
    pass


async def embed(chunk, seconds):
    await asyncio.sleep(seconds)
    if chunk == "chunk-2":
        raise ValueError(f"{chunk} is empty")
    if chunk == "chunk-3":
        raise QuotaExceeded(f"{chunk}: monthly quota used up")
    return f"vector({chunk})"


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            first = tg.create_task(embed("chunk-1", 0.2))
            tg.create_task(embed("chunk-2", 0.5))
            tg.create_task(embed("chunk-3", 0.5))
    except* ValueError as group:
        print("value errors:", [str(e) for e in group.exceptions])
    except* QuotaExceeded as group:
        print("quota errors:", [str(e) for e in group.exceptions])
    print("first chunk still succeeded:", first.result())

    manual = ExceptionGroup("batch failed", [
        KeyError("missing id"),
        ValueError("bad score"),
        ExceptionGroup("nested", [TypeError("not a string"), ValueError("negative")]),
    ])
    try:
        raise manual
    except* ValueError as group:
        print("ValueErrors:", repr(group.exceptions))
    except* (KeyError, TypeError) as group:
        print("Key/TypeErrors:", group.message, len(group.exceptions))

    matched, rest = manual.split(ValueError)
    print("split:", len(matched.exceptions), "matched,", len(rest.exceptions), "left")
    print("subgroup:", manual.subgroup(lambda e: isinstance(e, TypeError)))


asyncio.run(main())
