# Mistake: 0x with no digits
import asyncio

mask = 0x
