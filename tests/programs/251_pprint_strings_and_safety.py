# pprint with long text and odd structures: long strings split into implicit concatenation
# (inside containers and at the top level), multi-line strings, saferepr/isreadable/
# isrecursive on recursive and unreadable data, dict keys of mixed types, and the
# PrettyPrinter argument errors.
import asyncio
import pprint
import sys


class Node:
    def __repr__(self):
        return "<Node>"


async def fetch_page(i):
    await asyncio.sleep(0.05 * i)
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit"]
    return " ".join(words[(i + k) % len(words)] for k in range(12 + 3 * i))


async def main():
    pages = await asyncio.gather(*(fetch_page(i) for i in range(3)))
    pprint.pprint(pages[2])
    pprint.pprint(pages)
    pprint.pprint({"summary": pages[1], "lines": "first line\nsecond line that is a bit longer\n" * 3}, width=50)
    pprint.pprint("short")
    pprint.pprint(["x" * 100])
    pprint.pprint("unbreakable" * 10, width=40)
    pprint.pprint({"nums": list(range(12)), "mixed": {3: "three", 1: "one", 2: "two"}}, width=30)
    cyc = {"name": "loop", "items": [1, 2]}
    cyc["self"] = cyc
    print(pprint.isrecursive(cyc), pprint.isreadable(cyc), pprint.saferepr(cyc).startswith("{'items': [1, 2], 'name': 'loop', 'self': <Recursion on dict with id="))
    print(pprint.isreadable({"a": [1, 2.5, None, True]}), pprint.isreadable([Node()]), pprint.isrecursive([[1], (2,)]))
    print(pprint.saferepr({"b": [Node(), "x"], "a": (1,)}), pprint.saferepr("it's"))
    pp = pprint.PrettyPrinter(width=30, compact=True, sort_dicts=False, stream=sys.stdout)
    pp.pprint({"zeta": list(range(15)), "alpha": ["short"] * 6})
    print(pp.isreadable([Node()]), pp.isrecursive(cyc))
    for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}):
        try:
            pprint.PrettyPrinter(**kwargs)
        except ValueError as e:
            print("ValueError:", e)
    pprint.pprint([[[[["deep"]]]], [[["er"]]]], depth=3)
    pprint.pprint({(1, 2): "pair", (0, 9): "first", (1, 0): "mid"})


asyncio.run(main())
