# Mistake: curly quotes pasted from a web page
import asyncio

async def main():
    print(“hello”)
