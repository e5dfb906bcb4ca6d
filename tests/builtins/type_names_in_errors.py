# Errors raised by CPython's C code name its C types with their module ('collections.deque'),
# a program's own classes, subclasses of those included, by their name.
import asyncio
import collections
import contextvars
import datetime
import functools
import itertools
import operator
import re
import types
import weakref


class Plain:
    pass


def attempts(obj):
    yield "attribute", lambda: obj.nope
    yield "add", lambda: obj + 1
    yield "radd", lambda: 1 + obj
    yield "pow", lambda: obj ** 2
    yield "len", lambda: len(obj)
    yield "subscript", lambda: obj[0]
    yield "assign", lambda: operator.setitem(obj, 0, 1)
    yield "iterate", lambda: iter(obj)
    yield "call", lambda: obj()


# Where these differ from CPython for reasons other than the name (an operation that works
# in one and not the other, another message), they are left out.
LEFT_OUT = {("itemgetter", "call"), ("match", "iterate"), ("future", "iterate"), ("task", "iterate")}


def show(label, obj):
    for what, attempt in attempts(obj):
        if (label, what) in LEFT_OUT:
            continue
        try:
            attempt()
        except Exception as error:
            print(f"{label} {what}: {type(error).__name__}: {error}")
        else:
            print(f"{label} {what}: fine")


plain = Plain()
samples = {
    "deque": collections.deque([1]),
    "defaultdict": collections.defaultdict(list),
    "OrderedDict": collections.OrderedDict(a=1),
    "count": itertools.count(),
    "repeat": itertools.repeat(1, 2),
    "partial": functools.partial(print),
    "date": datetime.date(2026, 1, 1),
    "timedelta": datetime.timedelta(days=1),
    "time": datetime.time(1, 2),
    "timezone": datetime.timezone.utc,
    "itemgetter": operator.itemgetter(0),
    "pattern": re.compile("a"),
    "match": re.match("a", "a"),
    "namespace": types.SimpleNamespace(a=1),
    "contextvar": contextvars.ContextVar("v"),
    "ref": weakref.ref(plain),
    "plain": plain,
    "subclass": type("MyDeque", (collections.deque,), {})(),
}
for label, obj in samples.items():
    show(label, obj)


async def main():
    future = asyncio.get_running_loop().create_future()
    future.set_result(1)
    show("future", future)
    show("task", asyncio.current_task())


asyncio.run(main())
