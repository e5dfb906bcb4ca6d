# Mistake: a closing bracket with no opening one
import asyncio

delays = 1, 2, 3]
