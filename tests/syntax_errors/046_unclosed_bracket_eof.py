# Mistake: a list literal at the end of the file is never closed
import asyncio

delays = [1, 2, 3
