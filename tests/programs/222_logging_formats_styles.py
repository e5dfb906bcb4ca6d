# Formatting log records: the three format styles, datefmt and the default ",mmm" msecs on
# the virtual wall clock, a converter of time.gmtime, defaults for missing fields,
# a JSON formatter subclass, and basicConfig(force=True) to reconfigure.
import asyncio
import json
import logging
import sys
import time


class JsonFormatter(logging.Formatter):
    converter = staticmethod(time.gmtime)

    def format(self, record):
        return json.dumps({"t": self.formatTime(record), "lvl": record.levelname,
                           "msg": record.getMessage(), "line": record.lineno,
                           "func": record.funcName, "file": record.filename,
                           "module": record.module})


async def tick(log, n):
    for i in range(n):
        await asyncio.sleep(0.3125)
        log.info("tick %d", i)


async def main():
    logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                        format="%(asctime)s|%(msecs)03d|%(levelname)s|%(message)s")
    log = logging.getLogger("clock")
    await tick(log, 3)

    logging.basicConfig(stream=sys.stdout, force=True, style="{",
                        format="{asctime} {levelname:>8} {name}: {message}",
                        datefmt="%d/%m/%Y %I:%M:%S %p")
    await tick(log, 2)

    logging.basicConfig(stream=sys.stdout, force=True, style="$",
                        format="$levelname at ${asctime}: $message")
    await tick(log, 1)

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(user)s did %(message)s",
                                           defaults={"user": "nobody"}))
    audit = logging.getLogger("audit")
    audit.propagate = False
    audit.addHandler(handler)
    audit.warning("login")
    audit.warning("logout", extra={"user": "ann"})

    handler.setFormatter(JsonFormatter(datefmt="%H:%M:%S"))
    await asyncio.sleep(3600)
    audit.error("disk %d%% full", 93)

    for fmt, style in [("%(message)s", "{"), ("no fields", "%"), ("{message}", "$")]:
        try:
            logging.Formatter(fmt, style=style)
            print("ok", fmt, style)
        except ValueError as e:
            print("ValueError", e)
    record = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 30})
    print(record.getMessage(), logging.Formatter().format(record))


asyncio.run(main())
