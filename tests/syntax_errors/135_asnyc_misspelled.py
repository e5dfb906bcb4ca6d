# Mistake: async misspelled as asnyc
import asyncio

asnyc def main():
    await asyncio.sleep(1)
