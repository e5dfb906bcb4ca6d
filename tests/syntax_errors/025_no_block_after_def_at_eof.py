# Mistake: function header is the last line of the file
import asyncio

async def main():
