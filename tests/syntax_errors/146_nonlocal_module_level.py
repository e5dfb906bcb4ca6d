# Mistake: nonlocal at module level
import asyncio

count = 0
nonlocal count
