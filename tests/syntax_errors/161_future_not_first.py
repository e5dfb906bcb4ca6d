# Mistake: from __future__ import after other code
import asyncio
from __future__ import annotations
