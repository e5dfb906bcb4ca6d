# Mistake: from ... import with no names
from asyncio import

async def main():
    pass
