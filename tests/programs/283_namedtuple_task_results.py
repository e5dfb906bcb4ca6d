# Named tuples as the results of concurrent health checks: collections.namedtuple with
# defaults and a module, results sorted, unpacked, compared and indexed like tuples,
# _replace, _asdict, _make, _fields and _field_defaults, a subclass adding a property,
# and the ValueErrors and TypeErrors that bad field names and arguments raise.
import asyncio
import json
from collections import namedtuple

Check = namedtuple("Check", "service latency status", defaults=["ok"])
Endpoint = namedtuple("Endpoint", ["host", "port"])


class Window(namedtuple("Window", "start end")):
    __slots__ = ()

    @property
    def length(self):
        return self.end - self.start


async def probe(endpoint, delay, healthy=True):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(delay)
    latency = round(loop.time() - start, 3)
    if healthy:
        return Check(f"{endpoint.host}:{endpoint.port}", latency)
    return Check(f"{endpoint.host}:{endpoint.port}", latency, "down")


async def main():
    endpoints = [Endpoint("db", 5432), Endpoint("cache", 6379), Endpoint("api", 443)]
    checks = await asyncio.gather(
        probe(endpoints[0], 0.3), probe(endpoints[1], 0.1, healthy=False), probe(endpoints[2], 0.2)
    )
    for check in checks:
        service, latency, status = check
        print(f"{service:<12} {latency:>5} {status}")
    print("fastest:", min(checks, key=lambda c: c.latency))
    print("sorted:", sorted(checks))
    print("by latency desc:", [c.service for c in sorted(checks, key=lambda c: c[1], reverse=True)])
    down = [c._replace(status="restarting") for c in checks if c.status == "down"]
    print("replaced:", down)
    print("as dict:", checks[0]._asdict(), json.dumps(checks[0]))
    print("fields:", Check._fields, Check._field_defaults, Check.__match_args__)
    made = Check._make(["queue:5672", 0.5, "ok"])
    print("made:", made, made == ("queue:5672", 0.5, "ok"), made.latency, made[-1])
    print("tuple ops:", len(made), made[1:], made + ("extra",), made.count("ok"), made.index(0.5))
    print("hashable:", {endpoints[0]: "primary"}, Endpoint("db", 5432) in {endpoints[0]})
    print("class:", Check, Check.__name__, Check.__doc__, Check.service.__doc__)
    print("isinstance tuple:", isinstance(made, tuple), type(made).__mro__[1].__name__)

    w = Window(3, 10)
    print(w, w.length, w._replace(end=4).length, Window._fields)
    Solo = namedtuple("Solo", "value")
    print(Solo(1), Solo._make([2]), namedtuple("Empty", "")())
    Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_hidden", "2x"], rename=True)
    print(Renamed._fields)
    Here = namedtuple("Here", "a b", module="tasks")
    print(Here.__module__, repr(Here(1, b=[2])))

    try:
        checks[0]._replace(owner="ops")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        Endpoint._make(["only-host"])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        Endpoint("x")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        checks[0].status = "bad"
    except AttributeError as e:
        print(type(e).__name__, e)
    for typename, fields in [("Bad", "a a"), ("Bad", "a _b"), ("Bad", "for x"),
                             ("9Bad", "a"), ("Bad", "a-b"), ("Bad", ["x", "y", "z"])]:
        try:
            namedtuple(typename, fields, defaults=[1, 2, 3, 4])
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
