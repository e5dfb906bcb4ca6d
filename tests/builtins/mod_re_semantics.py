# re: CPython's matching semantics over many patterns, and its error messages and positions.
import re
cases = [
 (r'a|ab|abc', 'abc'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a+)+b', 'aaab'), (r'(a*)*', 'b'),
 (r'(a*)+', 'b'), (r'(a|b)*?c', 'abac'), (r'((a)|b)+', 'ab'), (r'(\w+)\s+\1', 'the the cat'),
 (r'(?i)(\w+) \1', 'Hey HEY'), (r'[\d\s]+', 'a1 2 3b'), (r'[^\W\d]+', 'ab12cd'), (r'\B\w', 'ab cd'),
 (r'x?', 'axx'), (r'(?=(\w\w))', 'abcd'), (r'(?<=(a))b', 'ab'), (r'(?<!a)b', 'ab cb'),
 (r'^\s*#.*$', '  # comment\ncode', ), (r'(?m)^(\w+):', 'key: v\nk2: v2'), (r'(?s).+', 'a\nb'),
 (r'\d{2,}?', '12345'), (r'a{,3}', 'aaaaa'), (r'(ab){2}', 'ababab'), (r'(?:(a)|b){2}', 'ab'),
 (r'(?P<x>a)(?(x)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'\$(\d+)\.(\d\d)', 'cost $12.50'),
 (r'[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?', '1.5e3 -2 .5'), (r'\b[A-Z][a-z]+\b', 'Hello World foo Bar'),
 (r'<([a-z]+)[^>]*>(.*?)</\1>', '<a href="x">link</a><b>bold</b>'), (r'(?x) a  b # c\n c', 'abc'),
 (r'[a-z-]+', 'foo-bar baz'), (r'[]a]+', 'a]a'), (r'[^]a]+', 'bcd]'), (r'\\', 'a\\b'),
 (r'(?i)[a-c]+', 'ABCD'), (r'(?i)[^a]', 'A'), (r'\w+@\w+\.(?:com|org)', 'x@y.org z@w.com'),
 (r'(\d+)-(\d+)-(\d+)', '2024-01-15'), (r'.*?', 'abc'), (r'\s*', '  a  '), (r'', 'abc'),
 (r'a*?', 'aaa'), (r'(?>a|ab)c', 'abc'), (r'a*+b', 'aab'), (r'(a)|(b)|(c)', 'cba'),
 (r'((a)(b))?c', 'c'), (r'(?:a|(b))+', 'ab'), (r'(?:(a)|(b))+', 'ab'), (r'(a)(?:x|(b))*', 'abx'),
 (r'\Aabc\Z', 'abc'), (r'abc$', 'abc\n'), (r'\u00e9+', 'éé'), (r'[\x41-\x43]+', 'ABCD'),
 (r'(?i)ǅ', 'ǆ'), (r'\w+', 'naïve café_1'), (r'\s+', 'a\u00a0\u2003b'), (r'(?a)\s+', 'a\u00a0b'),
 (r'\101\x42', 'AB'), (r'\0', '\0'), (r'[\0-\x1f]', 'a\tb'), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'),
]
for p, s in cases:
    r = re.compile(p)
    m = r.search(s)
    print(repr(p), m and m.span(), m and m.groups(), m and m.lastindex, r.findall(s), [x.span() for x in r.finditer(s)])
    print('  ', r.sub('<\\g<0>>', s), r.split(s), r.subn(lambda m: '#', s, 2))
errs = ['(?P<a>x)(?P<a>y)', '(?P=b)', '(?P<1a>x)', '[z-a]', '\\', 'a{1,2', '(?', '(?Px)', '(?#abc', '(?i', '(?-i)',
        '(?ix-s:a)', '(?z)', r'\8', r'(a)\2', '(?(2)a|b)', '(?(a)x)', '(?(1)a|b|c)', '(a)(?<=\\1)', '[\\d-z]',
        'x{99999999999}', '(?<=a|bc)', '(?a)(?u)x', 'a)', r'\x4', r'\u12', 'a||b', '(?:)*',
        '(?P<a>a)(?P=a', '(?P<a', '(?i:a)(?m)b', r'\400', '(?<!a*)']
for p in errs:
    try:
        r = re.compile(p); print('ok', repr(p), r.findall('a'))
    except re.error as e:
        print('re.error', repr(p), e, e.pos)
    except Exception as e:
        print(type(e).__name__, repr(p), e)
for t in [r'\g<1', r'\g', r'\g<>', r'\g<a b>', r'\g<zz>', r'\9', r'\q', '\\', r'\.\n\0x\141']:
    try:
        print(repr(re.sub('(a)', t, 'xa')))
    except Exception as e:
        print(type(e).__name__, e)
# IGNORECASE folds only ASCII letters under ASCII.
print(re.findall(r'(.)\1', 'Éé aA', re.I), re.findall(r'(.)\1', 'Éé aA', re.I | re.A), re.findall('é', 'É', re.I | re.A))
print(re.search(r'(\b|\d){1,2}', '12'), re.sub(r'((?:\b)|\d){1,2}', '-', '12 ab_c'))
