# LifoQueue returns the most recently added item first (a stack). The
# non-blocking put_nowait/get_nowait raise QueueFull/QueueEmpty instead of
# waiting, which suits code that must never block.

import asyncio


async def main():
    undo_stack = asyncio.LifoQueue(maxsize=3)
    for action in ["type 'hello'", "bold text", "insert image", "change font"]:
        try:
            undo_stack.put_nowait(action)
            print("recorded:", action)
        except asyncio.QueueFull:
            print("stack full, dropped:", action)
    print("size", undo_stack.qsize(), "full?", undo_stack.full())

    while True:
        try:
            print("undo:", undo_stack.get_nowait())
        except asyncio.QueueEmpty:
            print("nothing left to undo")
            break

    inbox = asyncio.Queue(maxsize=1)
    inbox.put_nowait("first message")
    try:
        inbox.put_nowait("second message")
    except asyncio.QueueFull:
        print("inbox full:", inbox.qsize(), "item waiting")

    async def slow_put():
        await inbox.put("second message")  # waits for room instead of failing
        print("slow_put finally delivered")

    sender = asyncio.create_task(slow_put())
    await asyncio.sleep(0.5)
    print("reading:", inbox.get_nowait())
    await sender
    print("reading:", await inbox.get())
    print("empty?", inbox.empty())


asyncio.run(main())
