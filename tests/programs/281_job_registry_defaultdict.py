# A job registry grouped with collections.defaultdict: jobs register themselves under their
# queue name (defaultdict(list)), a retry table counts failures (defaultdict(int)), nested
# defaultdicts build a per-host, per-status table, and the report prints reprs, copies,
# merges with |, default_factory changes, and the errors a plain KeyError still raises.
import asyncio
import copy
import json
from collections import defaultdict

registry = defaultdict(list)
failures = defaultdict(int)
by_host = defaultdict(lambda: defaultdict(int))


async def job(name, queue, host, fail_times):
    registry[queue].append(name)
    for attempt in range(1, fail_times + 2):
        await asyncio.sleep(0.1 * attempt)
        if attempt <= fail_times:
            failures[name] += 1
            by_host[host]["retry"] += 1
            print(f"{name}: attempt {attempt} failed")
        else:
            by_host[host]["ok"] += 1
            print(f"{name}: done after {attempt} attempt(s)")
    return name


async def main():
    specs = [
        ("resize", "images", "web-1", 0),
        ("thumbnail", "images", "web-2", 2),
        ("invoice", "billing", "web-1", 1),
        ("email", "notify", "web-2", 0),
        ("sms", "notify", "web-1", 3),
    ]
    done = await asyncio.gather(*(job(*spec) for spec in specs))
    print("finished:", done)
    print(registry)
    print("queues:", sorted(registry), "notify:", registry["notify"])
    print("failures:", dict(failures), "never failed:", failures["email"])
    print("keys after lookup:", list(failures))
    print("by host:", {host: dict(stats) for host, stats in sorted(by_host.items())})
    print(json.dumps(registry, sort_keys=True))

    snapshot = registry.copy()
    snapshot["audit"].append("late-job")
    print(type(snapshot).__name__, snapshot.default_factory, "audit" in registry)
    deep = copy.deepcopy(registry)
    deep["images"].append("copy-only")
    print("deep copy kept original:", registry["images"])
    merged = registry | {"extra": ["x"]}
    print(type(merged).__name__, sorted(merged))
    print(repr(defaultdict(int)), repr(defaultdict(None, {"k": 1})))
    print(defaultdict(set, {"a": {1}}).default_factory)

    plain = defaultdict(None)
    try:
        plain["missing"]
    except KeyError as e:
        print(type(e).__name__, e)
    plain.default_factory = str
    print("now:", repr(plain["missing"]), plain)
    print("get does not insert:", failures.get("nobody"), "nobody" in failures)
    try:
        defaultdict("list")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        registry.pop("unknown")
    except KeyError as e:
        print(type(e).__name__, e)


asyncio.run(main())
