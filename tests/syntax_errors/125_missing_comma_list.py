# Mistake: missing comma between list items
import asyncio

delays = [1 2 3]
