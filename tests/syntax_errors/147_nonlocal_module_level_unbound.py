# Mistake: nonlocal at module level before the name is assigned
import asyncio

nonlocal count
count = 0
