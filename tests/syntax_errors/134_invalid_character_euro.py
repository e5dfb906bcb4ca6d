# Mistake: a euro sign in an identifier
import asyncio

price€ = 3
