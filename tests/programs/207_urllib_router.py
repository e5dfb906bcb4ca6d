# A tiny request router served by a task per request: paths are unquoted and matched
# against regex routes with named groups, query strings parsed with parse_qsl/parse_qs
# (blank values, strict parsing), and responses logged in arrival order.
import asyncio
import re
from urllib.parse import parse_qs, parse_qsl, unquote, unquote_plus, urlsplit

ROUTES = [
    (re.compile(r"/users/(?P<user>[^/]+)"), "profile"),
    (re.compile(r"/users/(?P<user>[^/]+)/posts/(?P<post>\d+)"), "post"),
    (re.compile(r"/search"), "search"),
]


def route(path):
    for pattern, name in ROUTES:
        if m := pattern.fullmatch(path):
            return name, m.groupdict()
    return None, {}


async def handle(raw, delay):
    await asyncio.sleep(delay)
    parts = urlsplit(raw)
    path = unquote(parts.path)
    name, args = route(path)
    if name is None:
        return f"404 {path}"
    query = parse_qs(parts.query, keep_blank_values=True)
    return f"200 {name} {args} {query}"


async def main():
    requests = [
        ("/users/ada%20lovelace", 0.3),
        ("/users/grace/posts/42?draft=&v=2&v=3", 0.1),
        ("/search?q=caf%C3%A9+au+lait&lang=fr&empty", 0.2),
        ("/nowhere/%E2%9C%93", 0.05),
    ]
    tasks = [asyncio.create_task(handle(r, d)) for r, d in requests]
    for done in asyncio.as_completed(tasks):
        print(await done)
    print(parse_qsl("a=1&b=&c", keep_blank_values=True), parse_qsl("a=1&b=&c"))
    print(unquote("%F0%9F%90%8D snake"), unquote("bad %zz and %E2%82"), unquote_plus("1+1%3D2"))
    try:
        parse_qsl("a=1&&b", strict_parsing=True)
    except ValueError as e:
        print("ValueError:", e)
    try:
        parse_qs("a=1&b=2&c=3", max_num_fields=2)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
