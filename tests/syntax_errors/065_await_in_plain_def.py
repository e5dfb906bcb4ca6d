# Mistake: await inside a function defined with def
import asyncio

def main():
    await asyncio.sleep(1)
