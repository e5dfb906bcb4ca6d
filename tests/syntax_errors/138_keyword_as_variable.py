# Mistake: class used as a variable name
import asyncio

class = 3
