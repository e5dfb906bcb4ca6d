# Async code as used by web frameworks and LLM toolkits, simulated: an
# async route handler awaiting a database session, and a "chain" object
# with an ainvoke() coroutine, batched concurrently with gather.

import asyncio


class FakeAsyncSession:
    USERS = {1: "Ada Lovelace", 2: "Alan Turing"}

    async def get(self, model, key):
        await asyncio.sleep(0.05)  # round trip to the database
        name = self.USERS.get(key)
        return None if name is None else {"model": model, "id": key, "name": name}


async def get_db():
    return FakeAsyncSession()


async def get_user(user_id: int, db=None):
    db = db or await get_db()
    user = await db.get("User", user_id)
    if user is None:
        return {"status": 404, "detail": f"user {user_id} not found"}
    return {"status": 200, "user": user}


class FakeChain:
    def __init__(self, template):
        self.template = template
        self.calls = 0

    async def ainvoke(self, inputs: dict) -> str:
        self.calls += 1
        question = inputs["question"]
        await asyncio.sleep(0.1 * len(question.split()))
        return self.template.format(question=question.rstrip("?"))


async def main():
    loop = asyncio.get_running_loop()
    for user_id in (1, 3):
        print(await get_user(user_id))

    chain = FakeChain("Short answer about {question}.")
    print(await chain.ainvoke({"question": "What is a coroutine?"}))
    questions = ["Why async?", "What is the GIL?", "When should I use threads instead?"]
    start = loop.time()
    answers = await asyncio.gather(*[chain.ainvoke({"question": q}) for q in questions])
    for answer in answers:
        print(" -", answer)
    print(f"{chain.calls} chain calls; batch took {loop.time() - start:.1f}s")


asyncio.run(main())
