# Mistake: except and except* on the same try
import asyncio

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
    except* ValueError:
        pass
    except TypeError:
        pass
