# Mistake: if body indented with spaces inside a tab-indented function
import asyncio

async def main(ready):
	if ready:
	        await asyncio.sleep(1)
		print("done")
