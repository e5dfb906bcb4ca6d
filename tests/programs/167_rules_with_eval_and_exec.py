# A tiny alerting rule engine: rules written as Python expressions are checked with eval
# against each sensor reading as it arrives, handlers are defined from source text with
# exec, and a rule with a mistake reports the SyntaxError or NameError instead of stopping
# the monitor.
import asyncio

RULES = {
    "hot": "temp > 30",
    "dry": "humidity < 20 and temp > 25",
    "typo": "temp >> ",
    "unknown": "pressure > 1000",
}

HANDLERS = """
def notify(name, reading):
    return f"ALERT {name}: {reading['sensor']} at t={reading['t']}"
count = 0
"""


async def sensor(name, values, queue):
    for i, (temp, humidity) in enumerate(values):
        await asyncio.sleep(0.5)
        await queue.put({"sensor": name, "t": asyncio.get_running_loop().time(),
                         "temp": temp, "humidity": humidity})


async def monitor(queue, handlers):
    while True:
        reading = await queue.get()
        for name, rule in RULES.items():
            try:
                if eval(rule, {}, dict(reading)):
                    handlers["count"] += 1
                    print(handlers["notify"](name, reading))
            except SyntaxError as e:
                print(f"rule {name!r} is broken: {e.msg}")
            except NameError as e:
                print(f"rule {name!r}: {e}")
        queue.task_done()


async def main():
    handlers = {}
    exec(HANDLERS, handlers)
    print(sorted(k for k in handlers if not k.startswith("__")), handlers["count"])
    print(eval("2 ** 10"), eval("x * y", {"x": 6, "y": 7}), eval("  [i for i in range(3)]"))
    queue = asyncio.Queue()
    checker = asyncio.create_task(monitor(queue, handlers))
    await asyncio.gather(sensor("roof", [(28, 50), (33, 15)], queue),
                         sensor("cellar", [(12, 60)], queue))
    await queue.join()
    checker.cancel()
    print("alerts:", handlers["count"])
    limit = 3
    exec("limit = limit * 2\nprint('inside exec:', limit)")
    print("after exec:", limit)
    try:
        eval(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
