# Mistake: assigning to an f-string
import asyncio

f"{asyncio.__name__}" = "loop"
