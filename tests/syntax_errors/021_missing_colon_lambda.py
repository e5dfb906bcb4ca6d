# Mistake: no colon after the lambda parameters
import asyncio

key = lambda task task.get_name()
