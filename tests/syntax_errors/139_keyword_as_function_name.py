# Mistake: async used as a function name
import asyncio

def async():
    return asyncio.sleep(1)
