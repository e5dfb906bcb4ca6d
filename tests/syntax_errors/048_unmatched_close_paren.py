# Mistake: one closing parenthesis too many
import asyncio

async def main():
    await asyncio.sleep(1))
