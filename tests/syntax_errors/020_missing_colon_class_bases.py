# Mistake: no colon after a class header with a base class
import asyncio

class Timeout(Exception)
    pass
