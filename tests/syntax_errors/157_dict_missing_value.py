# Mistake: dict entry with a key but no value
import asyncio

settings = {"timeout": 5, "retries"}
