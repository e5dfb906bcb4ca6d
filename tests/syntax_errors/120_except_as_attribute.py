# Mistake: except ... as with an attribute target
import asyncio

async def main(state):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as state.error:
        pass
