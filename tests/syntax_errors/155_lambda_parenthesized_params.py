# Mistake: lambda with parenthesised parameters
import asyncio

delay = lambda (n): asyncio.sleep(n)
