# Routing log records: a custom Handler that keeps records in memory, a Filter subclass and
# a filter function, a LoggerAdapter adding context through `extra`, propagate=False,
# custom level names, logging.disable, the errors bad levels and arguments raise, and the
# "--- Logging error ---" report of a message whose arguments do not fit it.
import asyncio
import logging
import sys


class MemoryHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


class SlowOnly(logging.Filter):
    def filter(self, record):
        return getattr(record, "elapsed", 0) >= 1.0


async def request(log, path, delay):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(delay)
    elapsed = loop.time() - start
    log.info("GET %s took %.2fs", path, elapsed, extra={"elapsed": elapsed})
    return elapsed


async def main():
    memory = MemoryHandler()
    console = logging.StreamHandler(sys.stdout)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    slow = logging.StreamHandler(sys.stdout)
    slow.setFormatter(logging.Formatter("SLOW %(message)s (%(elapsed).1f)"))
    slow.addFilter(SlowOnly())
    http = logging.getLogger("http")
    http.setLevel(logging.DEBUG)
    http.propagate = False
    for handler in (memory, console, slow):
        http.addHandler(handler)
    adapter = logging.LoggerAdapter(http, {"client": "10.0.0.7"})
    print(adapter, http.hasHandlers(), [repr(h) for h in http.handlers])
    await asyncio.gather(request(http, "/", 0.5), request(http, "/report", 1.5),
                         request(http, "/big", 2.0))
    adapter.warning("client %s retried", adapter.extra["client"])
    print([(r.levelname, r.getMessage(), r.funcName) for r in memory.records])
    print([r.client for r in memory.records if hasattr(r, "client")])

    console.addFilter(lambda record: "secret" not in record.getMessage())
    http.info("token is secret")
    http.info("token hidden")
    logging.addLevelName(25, "NOTICE")
    http.log(25, "custom level")
    print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(17))

    logging.disable(logging.INFO)
    http.info("disabled")
    http.warning("still shown")
    logging.disable(logging.NOTSET)
    http.removeHandler(console)
    http.error("only memory and filters see this")
    print(len(memory.records), memory.records[-1].levelno)

    for bad in ("LOUD", 2.5):
        try:
            http.setLevel(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        http.log("INFO", "x")
    except TypeError as e:
        print("TypeError", e)
    try:
        http.info("x", extra={"message": "clash"})
    except KeyError as e:
        print("KeyError", e)
    try:
        logging.basicConfig(style="#")
    except ValueError as e:
        print("ValueError", e)
    orphan = logging.getLogger("orphan")
    orphan.info("no handler anywhere: dropped")
    orphan.warning("no handler anywhere: %s", "last resort")
    orphan.error("%d retries", "three")  # a bad argument: logging reports it and goes on
    orphan.error("still logging")


asyncio.run(main())
