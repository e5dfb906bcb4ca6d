# What goes wrong with the old loop API, and the errors Python gives: running a loop from
# inside itself, asyncio.run inside a loop, closing a running loop, using a closed loop,
# asking for the loop after set_event_loop(None), and a loop stopped before its future.
import asyncio


async def impatient(loop):
    await asyncio.sleep(0.1)
    try:
        loop.run_until_complete(asyncio.sleep(1))
    except RuntimeError as error:
        print("inner run_until_complete:", error)
    try:
        asyncio.run(asyncio.sleep(1))
    except RuntimeError as error:
        print("asyncio.run inside:", error)
    try:
        loop.close()
    except RuntimeError as error:
        print("close:", error)
    return "impatient done"


async def stops_early(loop):
    await asyncio.sleep(0.2)
    loop.stop()
    await asyncio.sleep(5)
    return "never"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(impatient(loop)))
try:
    loop.run_until_complete(stops_early(loop))
except RuntimeError as error:
    print("stopped early:", error, f"t={loop.time():.1f}")
loop.close()
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(1))
except RuntimeError as error:
    print("closed loop:", error)
try:
    loop.run_forever()
except RuntimeError as error:
    print("closed loop forever:", error)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as error:
    print("no loop:", error)
try:
    asyncio.set_event_loop("loop")
except TypeError as error:
    print("TypeError:", error)
