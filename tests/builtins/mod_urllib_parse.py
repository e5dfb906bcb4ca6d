# urllib.parse: parsing, joining (RFC 3986 examples), quoting, query strings, result objects.
import urllib.parse
from urllib.parse import urlparse, urlsplit, urljoin, urlencode, quote, quote_plus, unquote, unquote_plus, parse_qs, parse_qsl, urldefrag, urlunparse, urlunsplit
u = urlparse('https://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag')
print(u); print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl())
s, n, p, *rest = u; print(s, n, p, rest, u[2], len(u), tuple(u))
print(u._replace(query='z=9').geturl(), u == tuple(u))
print(urlsplit('http://[::1]:80/x'), urlsplit('http://[::1]:80/x').hostname)
for bad in ['http://[::1/x', 'http://h:abc/', 'http://h:99999/']:
    try:
        r = urlsplit(bad); print(r.port)
    except ValueError as e:
        print('ValueError', e)
base = 'http://a/b/c/d;p?q'
for r in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', 'g.', '.g', 'g..', './../g', 'g/./h', 'g;x=1/../y', 'https://other/x']:
    print(repr(r), urljoin(base, r))
print(urlencode({'q': 'a b&c', 'n': 5, 'l': ['x', 'y']}), urlencode({'l': ['x', 'y']}, doseq=True), urlencode([('a', 'é/')], quote_via=quote))
print(quote('a b/c?d=é€😀'), quote('a/b', safe=''), quote_plus('a b+c'), unquote('a%20b%C3%A9%E2%82%AC%zz%'), unquote_plus('a+b%2B'), unquote('%C3%28 %ff x'))
print(parse_qs('a=1&a=2&b=&c=x+y%21'), parse_qs('a=1&b=', keep_blank_values=True), parse_qsl('a=1;b=2', separator=';'), parse_qsl('x&y=1', keep_blank_values=True))
try: parse_qsl('a=1&b', strict_parsing=True)
except ValueError as e: print(e)
print(urldefrag('http://x/y#z'), urldefrag('http://x/y').url, urlunparse(('http', 'h', '/p', 'a', 'q', 'f')), urlunsplit(('', '', 'p', '', '')))
print(urlparse('mailto:bob@x.org'), urlparse('//host/path'), urlparse('/just/path?x'), urlparse('host:80'))
print(urllib.parse.urlsplit('HTTP://x').scheme, urlparse('http://h/').port, urlparse('http://h').hostname)
import urllib.parse as up
from urllib import parse
print(up.quote('a b'), urllib.parse.quote('c d'), parse.quote('e f'), up is parse)
