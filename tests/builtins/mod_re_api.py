# re: search/match/findall/finditer/sub/split, Match and Pattern objects, reprs, errors.
import re
print(repr(re.I | re.M), re.I, repr(re.NOFLAG))
p = re.compile(r'(?P<user>\w+)@(?P<host>[\w.]+)', re.I)
print(repr(p), p.groups, p.groupindex, p.flags)
m = p.search("contact: Bob@Example.com, x")
print(m, m.group(), m.group(1, 2), m['host'], m.span('host'), m.groupdict(), m.lastindex, m.lastgroup)
print(re.findall(r'(\w)(\d)?', 'a1 b c3'))
print(re.findall(r'\d+', 'a12b345'))
print(list(re.finditer(r'x*', 'axxb')))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'x*', '-', 'abxd'), re.subn(r'a', 'b', 'aaa', count=2))
print(re.sub(r'(?P<n>\d+)', lambda m: str(int(m['n']) * 2), 'a1 b22'))
print(re.split(r'\b', 'a b'), re.split(r'(,)\s*', 'a, b,c', maxsplit=1), re.split('x*', 'axbc'))
print(re.escape('a.b*c d'), re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
print(re.match('a', 'ba'), re.compile('a') is re.compile('a'), re.compile('a') == re.compile('a'))
for bad in ['(abc', '*a', 'a**', 'abc)', r'\q', '(?<x)', '[a-', 'a{3,1}', r'(?<=a+)b', 'x\n(']:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, repr(e.pattern))
print(m.expand(r'\g<user> at \2!'))
try:
    re.sub('a', r'\3', 'a')
except re.error as e:
    print(e)
print(re.search(r'(?i)straße', 'STRASSE strasse Straße'))
print(re.findall(r'\w+', 'héllo wörld ١٢'), re.findall(r'\d', 'a1١'), re.findall(r'(?a)\w+', 'héllo'))
print(re.search('^b', 'ab', re.M), re.search('^b', 'a\nb', re.M))
m = re.match(r'(a)(b)?', 'a'); print(m.groups(), m.groups('-'), m.start(2), m.span(2))
import re
for f in [lambda: re.search(123, 'x'), lambda: re.search('a', None), lambda: re.sub('a', 'b', 5), lambda: re.split('a', 5), lambda: re.compile('a').match(['x']),
          lambda: re.match('(a)', 'a').group(2), lambda: re.match('(a)', 'a').group('x'), lambda: re.sub('a', 5, 'a'), lambda: re.sub('(a)', lambda m: 5, 'a'),
          lambda: re.compile('a{99999999999}'), lambda: re.escape(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub('a', lambda m: None, 'abc') if False else '')
def first_word(m: re.Match[str]) -> re.Pattern[str]:
    return m.re
print(first_word(re.match(r'\w+', 'hi there')), re.Match[str], type(re.match('a', 'a')), re.Pattern)
