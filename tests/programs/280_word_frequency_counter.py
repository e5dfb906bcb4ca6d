# A word-frequency pipeline: producer tasks split documents into words, a pool of counters
# each builds a collections.Counter, and the main task merges them with update and +, then
# reports most_common (ties in first-seen order), elements, total, the multiset operators
# (-, &, |, unary + and -), Counter comparisons and subtract, and a few misuses.
import asyncio
import re
from collections import Counter

DOCS = {
    "intro": "the loop runs the tasks and the tasks await the loop",
    "queues": "a queue hands work to the workers and the workers count words",
    "timers": "sleep yields to the loop so other tasks run while one waits",
    "errors": "a task that fails stores its error and the error surfaces on await",
}
STOP = {"the", "a", "and", "to", "so", "on", "its"}


async def split(name, text, queue):
    await asyncio.sleep(len(name) * 0.01)
    for word in re.findall(r"[a-z]+", text.lower()):
        await queue.put((name, word))
    print(f"split {name}: {len(text.split())} words")


async def counter(worker_id, queue, results):
    counts = Counter()
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        _, word = item
        if word not in STOP:
            counts[word] += 1
        queue.task_done()
    results[worker_id] = counts
    print(f"counter {worker_id}: {sum(counts.values())} words, {len(counts)} distinct")


async def main():
    queue = asyncio.Queue(maxsize=5)
    results = {}
    counters = [asyncio.create_task(counter(i, queue, results)) for i in range(3)]
    await asyncio.gather(*(split(name, text, queue) for name, text in DOCS.items()))
    for _ in counters:
        await queue.put(None)
    await asyncio.gather(*counters)

    total = Counter()
    for worker_id in sorted(results):
        total.update(results[worker_id])
    merged = sum((results[i] for i in sorted(results)), Counter())
    print("merged equal:", total == merged, "total:", total.total())
    print("top 5:", total.most_common(5))
    print("top 0:", total.most_common(0), "missing word:", total["python"], "python" in total)

    letters = Counter("mississippi")
    print(letters)
    print("elements:", "".join(letters.elements()))
    other = Counter(s=2, i=1, x=3)
    print("add:", letters + other)
    print("sub:", letters - other)
    print("and:", letters & other)
    print("or:", letters | other)
    letters.subtract(s=6, z=1)
    print("after subtract:", letters)
    print("pos:", +letters, "neg:", -letters)
    print("le:", Counter(a=1) <= Counter(a=2, b=1), "lt:", Counter(a=1) < Counter(a=1),
          "eq with zero:", Counter(a=1, b=0) == Counter(a=1))
    print("empty:", Counter(), repr(Counter(ok=0)), dict(Counter("aab")))
    mixed = Counter({"late": 1, "early": 1, "mid": 2})
    print("ties keep insertion order:", mixed.most_common())
    inplace = Counter(a=3, b=1)
    inplace -= Counter(a=1, b=5)
    print("in place:", inplace, type(inplace.copy()).__name__)

    try:
        Counter.fromkeys("abc")
    except NotImplementedError as e:
        print(type(e).__name__, e)
    try:
        Counter(a=1) + {"a": 1}
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        Counter(5)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
