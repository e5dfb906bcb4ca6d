# Failures inside tasks, logged the ways services do: logger.exception in an except block,
# exc_info=True and exc_info=<exception> from a done callback, chained exceptions in the
# formatted traceback, a Formatter subclass that shortens tracebacks, and logging outside
# any except block.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d: %(message)s")
log = logging.getLogger("svc")


class OneLineFormatter(logging.Formatter):
    def formatException(self, ei):
        return f"  ! {ei[0].__name__}: {ei[1]}"


def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise LookupError(f"no config for {key!r}") from e


async def fetch(key, delay):
    await asyncio.sleep(delay)
    return load(key)


async def guarded(key, delay):
    try:
        return await fetch(key, delay)
    except LookupError:
        log.exception("fetch %s failed", key)
        return None


def report(task):
    if task.exception() is not None:
        log.error("task %s died", task.get_name(), exc_info=task.exception())
    else:
        log.debug("task %s -> %r", task.get_name(), task.result())


async def main():
    print(await asyncio.gather(guarded("a", 0.5), guarded("b", 0.25)))
    tasks = [asyncio.create_task(fetch(k, 1), name=f"fetch-{k}") for k in "ac"]
    for t in tasks:
        t.add_done_callback(report)
    await asyncio.wait(tasks)
    short = logging.StreamHandler(sys.stdout)
    short.setFormatter(OneLineFormatter("%(levelname)s %(message)s"))
    quiet = logging.getLogger("svc.quiet")
    quiet.propagate = False
    quiet.addHandler(short)
    try:
        await fetch("zzz", 0)
    except LookupError:
        quiet.error("short form", exc_info=True)
        log.warning("long form", exc_info=True)
    log.info("not handling anything", exc_info=True)
    log.exception("no exception here")


asyncio.run(main())
