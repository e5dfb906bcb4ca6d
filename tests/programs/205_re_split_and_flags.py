# Parsing a config in chunks: split with captured separators and maxsplit, MULTILINE and
# DOTALL anchors, inline and scoped flags, Pattern reprs, equality and the module cache,
# and pos/endpos windows, while a watcher task reloads it on a virtual timer.
import asyncio
import re

CONFIG = """# service config
name = api
ports = 8080, 8081 ;9000
[limits]
rate=100/s
Burst = 20
"""


def parse(text):
    section, values = "main", {}
    for line in re.split(r"\r?\n", text):
        if re.match(r"\s*(#|$)", line):
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            section = m[1]
            continue
        key, _, value = re.split(r"\s*(=)\s*", line, maxsplit=1)
        values[f"{section}.{key.lower()}"] = value
    return values


async def watcher(versions):
    for i, text in enumerate(versions):
        await asyncio.sleep(1)
        print(f"t={asyncio.get_running_loop().time():.0f} v{i}:", parse(text))


async def main():
    await watcher([CONFIG, CONFIG.replace("100/s", "50/s")])
    ports = parse(CONFIG)["main.ports"]
    print(re.split(r"\s*[,;]\s*", ports), re.split(r"(,|;)", ports), re.split(r"\d", "a1b2c", maxsplit=1))
    print(re.split(r"\b", "hi there"), re.split(r"x*", "axbc"), re.split("(?:)", "ab"))
    print(re.findall(r"^\w+", CONFIG, re.MULTILINE), re.findall(r"^\w+", CONFIG))
    print(re.search(r"name.*limits", CONFIG), re.search(r"name.*limits", CONFIG, re.S).span())
    print(re.findall(r"(?i)burst|RATE", CONFIG), re.findall(r"(?i:burst)|RATE", CONFIG))
    print(re.search(r"\d+$", "port 80\n"), re.search(r"\d+\Z", "port 80\n"))
    p = re.compile(r"\d+", re.M | re.I)
    print(p, p.flags, re.compile(r"\w", re.ASCII), re.compile("x"))
    print(p == re.compile(r"\d+", re.I | re.M), p is re.compile(r"\d+", re.M | re.I), p == re.compile(r"\d+"))
    print(p.search("ab 12 34", 4), p.match("ab 12 34", 3, 4), p.findall("1 22 333", 2), p.fullmatch("123", 1))
    print(re.findall(r"(?a)\w+", "naïve café"), re.findall(r"\w+", "naïve café"), re.findall(r"\d", "4٢"))
    try:
        re.compile("a", flags=re.ASCII | re.UNICODE)
    except ValueError as e:
        print("ValueError", e)
    try:
        re.compile(p, re.I)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
