# Configuration layers with collections.ChainMap: defaults, a file layer and per-request
# overrides (new_child), lookups that fall through the maps, writes and deletes that only
# touch the first map, parents, len/iteration order, merges with |, and the KeyErrors a
# missing key or a key only in a deeper map gives. Services read their settings concurrently.
import asyncio
from collections import ChainMap

DEFAULTS = {"timeout": 5.0, "retries": 2, "region": "eu", "debug": False}
FILE = {"retries": 4, "endpoint": "https://api.example"}


async def service(name, config, calls):
    settings = config.new_child({"service": name})
    for call in range(calls):
        timeout = settings["timeout"]
        await asyncio.sleep(timeout / 10)
        settings["last_call"] = call
    print(f"{name}: timeout={settings['timeout']} retries={settings['retries']} "
          f"region={settings.get('region')} last_call={settings['last_call']}")
    return settings


async def main():
    base = ChainMap(FILE, DEFAULTS)
    print(base)
    print("lookups:", base["retries"], base["timeout"], base.get("missing", "n/a"), "region" in base)
    print("len/keys:", len(base), list(base))

    fast = base.new_child({"timeout": 1.0})
    results = await asyncio.gather(service("search", fast, 3), service("billing", base, 2))
    search = results[0]
    print("search layers:", len(search.maps), search.maps[0])
    print("parents:", search.parents)
    print("merged view:", dict(search))

    fast["debug"] = True
    print("write goes to first map:", fast.maps[0], "defaults untouched:", DEFAULTS["debug"])
    del fast["timeout"]
    print("after delete:", fast["timeout"], fast)
    try:
        del fast["region"]
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        fast.pop("endpoint")
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        base["nothing"]
    except KeyError as e:
        print(type(e).__name__, e)
    print("pop default:", fast.pop("nothing", None), "popitem:", fast.popitem())
    try:
        ChainMap().popitem()
    except KeyError as e:
        print(type(e).__name__, e)

    merged = base | {"region": "us"}
    print(type(merged).__name__, merged.maps[0], base.maps[0] is FILE)
    child = ChainMap().new_child(mode="test")
    print(child, bool(ChainMap()), bool(child), ChainMap.fromkeys(["a", "b"], 0))
    snapshot = base.copy()
    snapshot["region"] = "ap"
    print(snapshot["region"], base["region"], FILE.get("region"))


asyncio.run(main())
