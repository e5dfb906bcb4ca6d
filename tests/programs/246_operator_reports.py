# Sorting and summarising task results with operator: itemgetter/attrgetter (dotted names,
# several fields) as sort keys, methodcaller to normalise, the arithmetic functions fed to
# functools.reduce and accumulate, and the reprs and errors CPython shows.
import asyncio
import functools
import itertools
import operator
from operator import attrgetter, itemgetter, methodcaller


class Host:
    def __init__(self, name, region, load):
        self.name, self.load = name, load
        self.region = Region(region)

    def __repr__(self):
        return f"Host({self.name!r})"


class Region:
    def __init__(self, code):
        self.code = code


async def probe(host):
    await asyncio.sleep(host.load / 10)
    return {"host": host.name, "ms": int(host.load * 37) % 50 + 5, "region": host.region.code}


async def main():
    hosts = [Host("web1", "eu", 0.7), Host("db1", "us", 0.2), Host("web2", "us", 0.9),
             Host("cache", "eu", 0.4)]
    rows = await asyncio.gather(*map(probe, hosts))
    by_ms = itemgetter("ms")
    print(by_ms, itemgetter(1, 0), attrgetter("region.code"), attrgetter("name", "load"))
    print(methodcaller("strip"), methodcaller("split", ",", maxsplit=1), methodcaller("get", "k", None))
    print("fastest:", [r["host"] for r in sorted(rows, key=by_ms)])
    print("by region, ms:", [itemgetter("region", "ms")(r) for r in sorted(rows, key=itemgetter("region", "ms"))])
    print("by region code:", sorted(hosts, key=attrgetter("region.code", "name")))
    print("loads:", list(map(attrgetter("load"), hosts)), max(hosts, key=attrgetter("load")))
    names = ["  Web1 ", "DB1", " cache"]
    print(list(map(methodcaller("strip"), names)), list(map(methodcaller("lower"), names)))
    print(methodcaller("split", "=", 1)("a=b=c"), methodcaller("replace", "a", "o", 1)("banana"), methodcaller("split", maxsplit=1)("x y z"))
    print(itemgetter(slice(1, 3))("abcdef"), itemgetter(-1)([1, 2, 3]))
    total = functools.reduce(operator.add, map(by_ms, rows))
    print("total ms:", total, "product:", functools.reduce(operator.mul, range(1, 6)))
    print("running:", list(itertools.accumulate(map(by_ms, rows), operator.add)))
    print(operator.sub(10, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3),
          operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-2.5))
    print(operator.eq(1, 1.0), operator.ne("a", "b"), operator.lt(1, 2), operator.le(2, 2),
          operator.gt("b", "a"), operator.ge(1, 2), operator.not_([]), operator.truth("x"))
    print(operator.is_(None, None), operator.is_not(rows, None), operator.contains(names, "DB1"),
          operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"))
    print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(0),
          operator.lshift(1, 5), operator.rshift(256, 4), operator.index(41), operator.concat("ab", "cd"))
    d = {"a": 1}
    operator.setitem(d, "b", 2)
    operator.delitem(d, "a")
    print(d, operator.getitem(d, "b"), operator.length_hint([1, 2, 3]), operator.call(sorted, "cab"))
    acc = []
    acc2 = operator.iadd(acc, [1])
    print(acc, acc2 is acc, operator.imul(3, 4), operator.isub(10, 1), operator.ior(1, 2))
    for bad in (lambda: operator.indexOf([1], 5), lambda: itemgetter(), lambda: attrgetter(42),
                lambda: methodcaller(), lambda: attrgetter("region.zone")(hosts[0]),
                lambda: operator.concat(1, 2), lambda: itemgetter(9)([1]), lambda: operator.index(2.5)):
        try:
            bad()
        except (ValueError, TypeError, AttributeError, IndexError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
