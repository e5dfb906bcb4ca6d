# Workers that log failures with their tracebacks instead of dying: traceback.format_exc()
# inside the except block, format_exception() and print_exception() on a saved exception,
# the chain of a `raise ... from` kept in the report, and extract_tb() for a one-line summary
# of where each error happened.
import asyncio
import sys
import traceback


def parse_record(line):
    key, value = line.split("=")
    return key.strip(), int(value)


def validate(record):
    key, value = record
    if value < 0:
        raise ValueError(f"{key} must be non-negative, got {value}")
    return record


async def process(lines):
    results, errors = [], []
    for line in lines:
        await asyncio.sleep(0.1)
        try:
            results.append(validate(parse_record(line)))
        except ValueError as e:
            errors.append(e)
            print(f"--- failed on {line!r} ---")
            print(traceback.format_exc(), end="")
    return results, errors


class ConfigError(Exception):
    pass


async def load(lines):
    config = {}
    try:
        for line in lines:
            key, value = parse_record(line)
            config[key] = value
        return config
    except ValueError as e:
        raise ConfigError("configuration is broken") from e


async def main():
    results, errors = await process(["a = 1", "b = two", "c = -5", "d=4", "oops"])
    print("results:", results)
    for e in errors:
        frames = traceback.extract_tb(e.__traceback__)
        last = frames[-1]
        print(f"summary: {type(e).__name__} in {last.name}() at line {last.lineno}: {last.line}")
        print("  only:", traceback.format_exception_only(e))
    print("".join(traceback.format_exception(errors[1])), end="")
    try:
        await load(["x = 1", "y = ?"])
    except ConfigError as e:
        print("".join(traceback.format_exception(e)), end="")
        traceback.print_exception(e, file=sys.stdout)
        names = [f.name for f in traceback.extract_tb(e.__cause__.__traceback__)]
        print("cause passed through:", names)
        print("".join(traceback.format_tb(e.__traceback__)), end="")
    print(repr(traceback.format_exc()))


asyncio.run(main())
