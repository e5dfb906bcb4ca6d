# Mistake: trying to import braces from __future__
from __future__ import braces
import asyncio
