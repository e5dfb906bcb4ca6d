# Mistake: one body line indented with a tab, the others with eight spaces
import asyncio

async def main():
        print("start")
	await asyncio.sleep(1)
