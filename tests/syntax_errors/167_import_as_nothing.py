# Mistake: import ... as with no alias
import asyncio as
