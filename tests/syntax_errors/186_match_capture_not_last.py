# Mistake: a bare name in a case captures anything, so the cases after it never run
import asyncio


async def handle(message):
    match message:
        case reply:
            print("reply", reply)
        case "stop":
            print("stopping")


asyncio.run(handle("stop"))
