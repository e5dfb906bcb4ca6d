# Rendering messages for many recipients at once: re.sub with group references
# (\1, \g<name>, \g<0>), callable replacements, counts, subn, escape for user-provided
# text, and the errors a bad replacement template gives.
import asyncio
import re

TEMPLATE = "Dear {{name}}, your order #{{order}} ships on {{date}}. Total: {{total}}."
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


async def render(recipient):
    await asyncio.sleep(recipient["delay"])
    missing = []

    def fill(m):
        key = m.group(1)
        if key not in recipient:
            missing.append(key)
            return m.group(0)
        return str(recipient[key])

    text, n = PLACEHOLDER.subn(fill, TEMPLATE)
    return recipient["name"], text, n, missing


async def main():
    people = [
        {"name": "Ada", "order": 1042, "date": "2026-01-05", "total": "$12.50", "delay": 0.2},
        {"name": "Grace", "order": 7, "date": "2026-01-09", "delay": 0.1},
    ]
    for name, text, n, missing in await asyncio.gather(*(render(p) for p in people)):
        print(f"{name}: {n} substitutions, missing {missing}\n  {text}")

    dates = "shipped 2026-01-05, returned 2026-02-11"
    print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", dates))
    print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>.\g<m>.\g<y>", dates, count=1))
    print(re.sub(r"\b(\w)(\w*)", lambda m: m[1].upper() + m[2], "hello big world"))
    print(re.sub(r"\s+", " ", "  lots   of\t\tspace \n here "))
    print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
    print(re.sub(r"(a)|b", r"[\1]", "abab"))
    price = "$5.00 (+tax)"
    print(re.escape(price), re.sub(re.escape(price), "FREE", "Only $5.00 (+tax) today"))
    print(re.subn(r"o", "0", "foo boo zoo", 2))
    print(re.sub(r"(\w+)@", r"\g<0>\n\t", "ada@x"))
    for bad in [r"\2", r"\g<nope>", r"\g<1", r"\q"]:
        try:
            re.sub(r"(\w+)", bad, "word")
        except (re.error, IndexError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
