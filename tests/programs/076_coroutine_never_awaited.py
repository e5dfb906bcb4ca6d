# Calling a coroutine function without `await` only creates a coroutine
# object; its body never runs, and Python warns "coroutine ... was never
# awaited" on stderr when the object is discarded.

import asyncio


async def save_draft(text):
    await asyncio.sleep(0.1)
    print("draft saved:", text)


async def main():
    save_draft("first version")  # forgot await: nothing is saved
    print("main continues; the first draft was silently lost")
    await save_draft("second version")
    pending = save_draft("third version")
    print("holding a coroutine object does not run it either")
    await pending


asyncio.run(main())
