# Lone surrogates (U+D800..U+DFFF) are valid str characters, as in CPython 3.12.
import json

# Literals: escapes make single code points; a high and a low one stay two characters.
for s in ['\ud800', '\udfff', '\ud83d\ude00', '\U0000d800', 'a\udc80b', '\uDABC']:
    print(ascii(s), repr(s), len(s), [hex(ord(c)) for c in s])
print('\ud83d\ude00' == '\U0001f600', len('\ud83d\ude00'))

# chr and ord round-trip every surrogate.
print(all(ord(chr(code)) == code for code in range(0xD800, 0xE000)))
print(chr(0xD800) == '\ud800', ord('\udfff'), ord(chr(0xDC00)))
print(repr(chr(0xD7FF)), repr(chr(0xE000)), repr(chr(0xDBFF)))
print(ascii(chr(0x10FFFF - 0x800)), ord(chr(0x10F7FF)))

# Indexing, slicing, iteration, membership, search.
s = 'x\ud800y\udfffz'
print(len(s), repr(s[1]), repr(s[-2]), repr(s[1:4]), repr(s[::2]), repr(s[::-1]))
print([repr(c) for c in s])
print('\ud800' in s, '\udc00' in s, 'y\udfff' in s, s.find('\udfff'), s.index('y'))
print(s.count('\ud800'), s.split('\ud800'), repr(s.replace('\udfff', '!')))
print(repr('\ud800'.join(['a', 'b'])), repr('\ud800' * 3), repr(s.partition('y')))

# Comparison and sorting go by code point: U+D800 < U+E000 < U+10000.
chars = ['\U00010000', '\ue000', '\ud800', 'a', '\udfff', '\uffff', '\ud7ff']
print(ascii(sorted(chars)))
print(ascii(min(chars)), ascii(max(chars)))
print('\ud800' < '\ue000', '\ud800' < '\U00010000', '\udfff' > '\ud7ff', '\U0010f7ff' > '\udfff')
print('a\ud800' < 'a\U00010000', 'a\ud800b' > 'a\ud800', '\ud800'.__lt__('\U00010000'))
print(sorted(['\ud800b', '\ud800a', '\ud800']) == ['\ud800', '\ud800a', '\ud800b'])

# Hashing agrees with equality.
print(hash('\ud800') == hash(chr(0xD800)), len({'\ud800', chr(0xD800), '\udc00'}))
d = {'\ud800': 1}
print(d[chr(0xD800)], chr(0xD800) in d)

# repr, ascii, %r, !r, format: surrogates are not printable and are escaped.
print(repr('\ud800'), ascii('\ud800'), '%r' % '\udabc', f'{chr(0xd800)!r}', f'{"\udc00"!a}')
print(repr(['\ud800', 'é\udfff']), repr(('\ud800',)), repr({'\ud800': '\udc00'}))
print(ascii(format(0xD800, 'c')), ascii('%c' % 0xDFFF), ascii('%c' % '\ud800'), ascii('{:c}'.format(0xDC00)))
print(ascii(f'{0xD800:c}'), ascii(format('\ud800', '>3')), ascii('%-3s|' % '\ud800'))
print(ascii(str('\ud800')), ascii('\ud800'.__str__()), ascii('\ud800'.__repr__()))

# Errors that name a character show its code point.
for action in [lambda: format(1, '\ud800'), lambda: '%\udfff' % 1, lambda: '{!\ud800}'.format(1),
               lambda: int('\ud800'), lambda: float('1\udc00'), lambda: ord('\ud800\udc00')]:
    try:
        action()
    except (ValueError, TypeError) as error:
        print(type(error).__name__, ascii(str(error)))

# Character properties: category Cs, untouched by case mappings.
t = '\ud800'
print(t.isprintable(), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric())
print(t.isspace(), t.isidentifier(), t.islower(), t.isupper(), t.istitle(), t.isascii())
print(ascii(t.upper()), ascii(t.lower()), ascii(t.casefold()), ascii(t.title()), ascii(t.swapcase()))
print(ascii('a\udc80b'.upper()), ascii('\ud800x'.capitalize()), ascii(' \ud800 '.strip()))
print(ascii('\ud800'.center(5, '*')), ascii('x'.center(5, '\udfff')), ascii('\ud800'.zfill(3)))

# translate and maketrans work on code points.
table = str.maketrans('\ud800', '\udc00')
print(table, ascii('a\ud800'.translate(table)))
print(ascii('a\ud800'.translate({0xD800: 0xDFFF, 97: '\udc01'})))
print(str.maketrans({'\udfff': 'x'}))

# json escapes them and reads them back.
print(json.dumps('\ud800'), json.dumps(['\udc00x', '\U0001f600']))
print(json.dumps('\ud800', ensure_ascii=False) == '"\ud800"')
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\udc00\\ud800x"')))
print(ascii(json.loads('"\\ud83d\\ude00"')), ascii(json.loads('"\\ud83d"')))
print(json.loads(json.dumps('\udfff')) == '\udfff', ascii(json.loads('["\\udbff", 1]')))

# Encoding to UTF-8 fails.
def report(action):
    try:
        action()
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print('   ', e.start, e.end, e.reason, e.encoding, ascii(e.object), ascii(e.args))
        print('   ', isinstance(e, UnicodeError), isinstance(e, ValueError))

report(lambda: '\ud800'.encode())
report(lambda: 'ab\ud800\udfffc\udc00'.encode('utf-8'))
report(lambda: 'é\udfff'.encode(encoding='UTF-8'))
report(lambda: print('\ud800'))
report(lambda: print('ok', 'x\udc80y'))
report(lambda: print('a\ud800\udbffb', sep='-'))
report(lambda: print('fine', end='\ud800\n'))
report(lambda: print('a', 'b', sep='\udfff'))
print('after')

# The exception class on its own.
e = UnicodeEncodeError('utf-8', 'x\U00012345', 1, 2, 'bad')
print(repr(e), str(e))
print(str(UnicodeEncodeError('ascii', 'x\xff', 1, 2, 'r')))
print(str(UnicodeEncodeError('ascii', 'x\xff', 0, 2, 'r')))
print(str(UnicodeEncodeError('ascii', 'x\xff', 7, 8, 'r')))
e.start = 0
e.reason = 'changed'
print(e, e.args)
print(UnicodeEncodeError.__mro__)
for args in [(), ('utf-8',), (1, 'x', 0, 1, 'r'), ('u', 1, 0, 1, 'r'),
             ('u', 'x', '0', 1, 'r'), ('u', 'x', 0, 1, 2), ('u', 'x', 0, 1, 'r', 6)]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as error:
        print('TypeError', error)
try:
    UnicodeEncodeError('u', 'x', 0, 1, reason='r')
except TypeError as error:
    print('TypeError', error)

# What print writes before the failing piece stays written.
try:
    print('before', '\ud800', 'never')
except UnicodeEncodeError as error:
    print()
    print('caught', error)
