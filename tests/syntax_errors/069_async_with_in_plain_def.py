# Mistake: async with inside a function defined with def
import asyncio

def main():
    lock = asyncio.Lock()
    async with lock:
        print("locked")
