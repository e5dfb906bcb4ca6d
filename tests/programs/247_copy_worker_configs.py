# Per-worker configuration with copy: each task gets a deepcopy of a template it may mutate,
# shallow copies share nested objects, a class controls copying with __copy__/__deepcopy__,
# shared and cyclic references survive deepcopy, __slots__ objects and tuples are handled as
# CPython does, and what cannot be copied says so.
import asyncio
import copy


class Retry:
    __slots__ = ("tries", "backoff")

    def __init__(self, tries, backoff):
        self.tries, self.backoff = tries, backoff

    def __repr__(self):
        return f"Retry({self.tries}, {self.backoff})"


class Connection:
    opened = 0

    def __init__(self, dsn):
        Connection.opened += 1
        self.dsn, self.id = dsn, Connection.opened

    def __copy__(self):
        print(f"  __copy__ of conn {self.id}: reuse")
        return self

    def __deepcopy__(self, memo):
        print(f"  __deepcopy__ of conn {self.id}: reconnect")
        return Connection(self.dsn)


class Settings:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items())) + ")"


TEMPLATE = {
    "name": "worker",
    "tags": ["base"],
    "limits": {"cpu": 1, "mem": [256, "MB"]},
    "retry": Retry(3, 0.5),
    "endpoints": ("a.example", "b.example"),
}


async def worker(i, config):
    config["name"] += f"-{i}"
    config["tags"].append(f"w{i}")
    config["limits"]["cpu"] += i
    config["retry"].tries += i
    await asyncio.sleep(0.1 * i)
    print(f"worker {i}: {config['name']} {config['tags']} {config['limits']} {config['retry']}")


async def main():
    configs = [copy.deepcopy(TEMPLATE) for _ in range(3)]
    await asyncio.gather(*(worker(i, c) for i, c in enumerate(configs)))
    print("template untouched:", TEMPLATE["tags"], TEMPLATE["limits"], TEMPLATE["retry"])
    print("tuple of str kept:", configs[0]["endpoints"] is TEMPLATE["endpoints"])

    shallow = copy.copy(TEMPLATE)
    shallow["tags"].append("shared!")
    print("shallow shares lists:", TEMPLATE["tags"], shallow is TEMPLATE, shallow == TEMPLATE)
    TEMPLATE["tags"].pop()

    conn = Connection("pg://db")
    print(copy.copy(conn) is conn)
    pool = {"primary": conn, "replica": conn}
    pool2 = copy.deepcopy(pool)
    print(pool2["primary"] is pool2["replica"], pool2["primary"].id, Connection.opened)

    s = Settings(debug=True, paths=["/tmp"], nested=Settings(level=2))
    s2 = copy.deepcopy(s)
    s2.paths.append("/var")
    s2.nested.level = 5
    print(s, s2, type(s2).__name__)
    s3 = copy.copy(s)
    print(s3.paths is s.paths, s3 is s)

    loop = ["head"]
    loop.append(loop)
    loop2 = copy.deepcopy(loop)
    print(loop2[1] is loop2, loop2[1] is loop, len(loop2))
    mixed = (1, [2, 3], "x")
    mixed2 = copy.deepcopy(mixed)
    print(mixed2, mixed2 is mixed, mixed2[1] is mixed[1], copy.copy(mixed) is mixed)
    r = copy.copy(TEMPLATE["retry"])
    print(r, r is TEMPLATE["retry"], copy.deepcopy(frozenset({1})) == frozenset({1}))
    print(copy.copy(Settings) is Settings, copy.deepcopy(worker) is worker, copy.deepcopy(None))
    memo = {}
    shared = [1]
    copy.deepcopy([shared, shared], memo)
    print(id(shared) in memo, memo[id(shared)] == shared)
    err = KeyError("missing", 7)
    print(repr(copy.copy(err)), repr(copy.deepcopy(err)))
    try:
        copy.deepcopy({"gen": (i for i in range(2))})
    except TypeError as e:
        print("TypeError:", e)
    try:
        copy.replace(TEMPLATE["retry"], tries=1)
    except AttributeError as e:
        print("AttributeError:", e)
    print(issubclass(copy.Error, Exception), copy.error is copy.Error)


asyncio.run(main())
