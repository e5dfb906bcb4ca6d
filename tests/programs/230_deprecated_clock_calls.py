# Code written before Python 3.12 still calls datetime.utcnow(), utcfromtimestamp(),
# Logger.warn and logging.warn: each prints its DeprecationWarning once per call site (the
# program's own line), and still works; the aware replacements give the same instants.
import asyncio
import logging
import sys
from datetime import UTC, datetime

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
log = logging.getLogger("legacy")


def legacy_stamp():
    return datetime.utcnow().strftime("%H:%M:%S")


async def heartbeat(n):
    for _ in range(n):
        await asyncio.sleep(30)
        print("beat", legacy_stamp())


async def main():
    await heartbeat(3)
    naive = datetime.utcnow()
    aware = datetime.now(UTC)
    print(naive, aware, naive == aware.replace(tzinfo=None))
    print(datetime.utcfromtimestamp(86400 * 365.25), datetime.fromtimestamp(86400 * 365.25, UTC))
    for i in range(2):
        log.warn("old-style warning %d", i)
    logging.warn("module-level warn")
    log.warning("the new spelling")


asyncio.run(main())
