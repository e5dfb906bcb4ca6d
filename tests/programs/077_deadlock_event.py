# A deadlock: main waits for an Event that nobody will ever set. The only
# task that could have set it finished without doing so. Real CPython
# would hang forever; the oracle sees every task blocked with no timer
# pending and exits with status 3.

import asyncio


async def editor_review(article, approved):
    await asyncio.sleep(1)
    print(f"editor read {article!r} and went home without calling approved.set()")


async def main():
    approved = asyncio.Event()
    review = asyncio.create_task(editor_review("asyncio tips", approved))
    print("article ready; waiting for the editor's approval")
    await approved.wait()
    print("published", review.done())  # never reached


asyncio.run(main())
