# Mistake: no colon after the with header
import asyncio

def read_config(path):
    with open(path) as f
        return f.read()
