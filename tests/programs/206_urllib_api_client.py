# An API client that builds request URLs with urlencode and quote, follows redirects
# (urljoin with relative Location headers), inspects the parsed results (.hostname,
# .port, .username) and rejects bad ones (ValueError from .port, invalid IPv6).
import asyncio
from urllib.parse import (quote, quote_plus, urlencode, urljoin, urlparse, urlsplit,
                          urlunparse, parse_qs)

BASE = "https://api.example.com:8443/v2/"
REDIRECTS = {
    "/v2/search": "../v3/search",
    "/v3/search": "/v3/search/results?cached=1",
}


def build(path, **params):
    query = urlencode(params, doseq=True)
    return urljoin(BASE, quote(path)) + ("?" + query if query else "")


async def get(url, hops=0):
    await asyncio.sleep(0.05)
    parts = urlparse(url)
    print(f"GET {parts.path} query={parse_qs(parts.query)} (hop {hops})")
    if parts.path in REDIRECTS and hops < 3:
        return await get(urljoin(url, REDIRECTS[parts.path]), hops + 1)
    return url


async def main():
    urls = [
        build("search", q="red shoes & socks", tag=["sale", "new"], page=2),
        build("users/élodie dupont"),
        build("items", ids=[1, 2, 3], sort="-price"),
    ]
    for u in urls:
        print(u)
    finals = await asyncio.gather(*(get(u) for u in urls))
    print(finals)
    p = urlparse("https://bob:s3cret@API.Example.com:8443/v2/items;v=1?x=1#frag")
    print(p)
    print(p.hostname, p.port, p.username, p.password, p.params, p.geturl())
    scheme, netloc, path, params, query, fragment = p
    print(urlunparse((scheme, "example.com", path, "", "y=2", "")), p._replace(fragment="").geturl())
    print(urlsplit("http://[2001:db8::1]:8080/x").hostname, urlsplit("http://[2001:db8::1]:8080/x").port)
    print(quote_plus("a+b c/d"), quote("a+b c/d"), quote("a+b c/d", safe=""), urlencode({"k": "v w"}, quote_via=quote))
    for bad in ["http://host:port/", "http://host:70000/", "http://[::1/", "ftp://h:-1/"]:
        try:
            print(urlsplit(bad).port)
        except ValueError as e:
            print("ValueError:", e)
    try:
        urlencode("not pairs")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
