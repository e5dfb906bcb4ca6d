# Mistake: an unknown \N{...} name in a string
import asyncio

print("\N{HOURGLASS WITH SAND}")
