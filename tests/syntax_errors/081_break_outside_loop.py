# Mistake: break at module level
import asyncio

if True:
    break
