# Mistake: Python 2 exec statement
import asyncio

exec "asyncio.run(main())"
