# asyncio.Event is a one-shot signal: many tasks wait() until one task
# calls set(), then all of them wake up together in the order they
# started waiting. clear() resets it; wait_for adds a timeout.

import asyncio


async def handle_request(request_id, model_ready):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.1f} request {request_id} waiting for the model")
    await model_ready.wait()
    print(f"t={loop.time():.1f} request {request_id} answered")


async def load_model(model_ready):
    await asyncio.sleep(2.0)  # loading weights
    print(f"t={asyncio.get_running_loop().time():.1f} model loaded, setting the event")
    model_ready.set()


async def main():
    loop = asyncio.get_running_loop()
    model_ready = asyncio.Event()
    print("is_set:", model_ready.is_set())
    requests = [asyncio.create_task(handle_request(n, model_ready)) for n in range(1, 4)]
    await load_model(model_ready)
    await asyncio.gather(*requests)
    print("is_set:", model_ready.is_set(), "- waiting again returns at once:", await model_ready.wait())

    model_ready.clear()
    print("after clear, is_set:", model_ready.is_set())
    try:
        await asyncio.wait_for(model_ready.wait(), timeout=0.5)
    except TimeoutError:
        print(f"t={loop.time():.1f} nobody set the event within 0.5s")


asyncio.run(main())
