# Mistake: await in a def function, after an emoji on the same line
import asyncio

def main():
    print("⏳", await asyncio.sleep(1, result="done"))
