# Mistake: assigning to a number
import asyncio

5 = delay
