# Mistake: continue at module level
import asyncio

if True:
    continue
