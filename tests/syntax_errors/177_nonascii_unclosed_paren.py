# Mistake: a call opened after an emoji is never closed
import asyncio

async def main(tasks):
    label = "⏳ " + str(len(tasks)
