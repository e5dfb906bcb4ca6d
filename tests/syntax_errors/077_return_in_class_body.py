# Mistake: return in a class body
import asyncio

class Worker:
    delay = 1
    return delay
