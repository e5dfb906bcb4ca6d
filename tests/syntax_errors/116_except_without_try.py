# Mistake: except with no try before it
import asyncio

async def main():
    await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled")
