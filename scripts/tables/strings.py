"""Generates the tables of crates/pycore/src/strings.rs's tests from CPython 3.12's str.

  PYENV_VERSION=3.12.1 python3.12 scripts/tables/strings.py crates/pycore/tests/tables

writes one file per table (`make regen-tables` runs it), one case a line, fields separated by
TABs; text is written with backslash as \\\\ and every character outside printable ASCII as
\\u{hex}, and a missing optional argument as \\N:
  strings_code_points.txt  view, then the 68 FNV-1a 64 hashes (space-separated) of the view of
                           every code point, per block of 0x4000 (surrogates skipped), each view
                           followed by a NUL
  strings_cases.txt        s upper lower casefold swapcase capitalize title
  strings_predicates.txt   s bits repr ascii len   (bits: isalpha isalnum isdecimal isdigit
                           isnumeric isspace islower isupper istitle isidentifier isascii
                           isprintable, as 0/1)
  strings_split.txt, strings_find.txt, strings_replace.txt, strings_slice.txt
                           s hash: the FNV-1a 64 hash of the results of a grid of calls on s
                           (the argument lists below; the Rust tests hold the same lists)
  strings_splitlines.txt   s splitlines() splitlines(True)
  strings_strips.txt       s chars strip lstrip rstrip
  strings_partitions.txt   s sep partition rpartition
  strings_pads.txt         s width fill center ljust rjust zfill
  strings_expandtabs.txt   s tabsize expandtabs
  strings_indexing.txt     s i s[i]
  strings_affixes.txt      s affix "removeprefix|removesuffix"
A list is encoded as `<len>:<item>;` per item, an exception as `!ExceptionName: message`.
"""
import sys
from pathlib import Path

I64_MIN, I64_MAX = -2**63, 2**63 - 1

# Case mapping and predicate inputs: final sigma contexts, titlecase digraphs, special casing,
# Unicode digits and spaces, line breaks, the edges of the code space.
TEXTS = [
    '', ' ', 'a', 'A', 'abc', 'Abc', 'ABC', 'aBc', 'hello world', 'Hello World', 'HELLO WORLD',
    'hello World', '  spaced  out  ', '\t\ttabs\tand\nnewlines\r\n',
    "they're bill's friends from the UK", '\xdf', 'stra\xdfe', 'STRASSE', '\ufb01nal \ufb02ow',
    '\u0130stanbul', '\u0131', '\u03a3\u0391\u03a3', '\u03c3\u03b1\u03c2',
    '\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3', '\u038c\u03a3\u039f\u03a3 \u03a3',
    'a\u03a3', 'a\u03a3b', '\u03a3a', 'a.\u03a3', 'a\u03a3.', 'a\u0301\u03a3', '\u03a3\u0301',
    'A\u03a3\u0345', 'A\u0345\u03a3', "A\u03a3'b", '\u01c5ungla \u01c8j \u01cb', '\u01c6',
    '\u01c4', '\u0149', '\u01f0', '\u0390', '\u1fb3', '\u1fbc', '\ufb00', '\u0345', '\u0251',
    '123', '\u0661\u0662\u0663', '\xb2\xb3', '\xbd', '\u216b', '\u4e00\u4e8c\u4e09',
    '\U0001d7d8\U0001d7d9', '\U0001f600 smile', 'e\u0301', '_ident', '1abc', 'ident_1', '\u210c',
    '\u2118x', '\xb7', 'a\xb7b', '\x00\x01\x1f\x7f', '\x85\xa0\u2000\u2028\u2029\u3000\ufeff',
    '\x1c\x1d\x1e\x1f',
    'line1\nline2\rline3\r\nline4\x0bline5\x0cline6\x1cline7\x85line8\u2028line9\u2029', '\n\n',
    '\r\n\r', 'trailing\n', 'a,b,,c,', ',', ',,', 'aaa', 'aaaa', 'abab', 'ababab', 'mississippi',
    'tab\tsep\tx\ty', '01\t012\t0123\t01234\n\t|\r\tx', '-42', '+7', '--', '-', '+', '\U0010ffff',
    '\ue000', '\u0378', '\xad', 'a\u200bb', '\u24b6\u24d1', '\u01c8a', '\u01c7', '\ufb13',
    '\u0130', '\u1e9e', '\uab70', '\u13a0', '\u1ffc', '\u13f8', "quote'", 'dq"', 'both\'"',
    'back\\slash', 'x\u0300y', '\u01c5\u0300\u01c5', 'A1b2 C3', 'e\u0301\u0301E',
    '\U00010400\U00010428', '\u0250\u0252', 'MIXED case 99',
]
# The multi-line sample; split's grid skips it.
LINE_BREAK_SAMPLE = TEXTS[65]
SPLIT_EXTRA = [
    '  a  b  c  ', 'a b', ' a', 'a ', '\u3000x\u3000y\u3000', 'a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g',
    'x\u200by', 'a\u03a3\u03a3b\u03a3',
]
SPLITLINES_EXTRA = [
    '\r', '\n', '\r\r\n\n', 'a\r', '\x0b\x0c', 'no break',
]
STRIP_EXTRA = [
    'xxhixx', 'xyxhiyx', '\u3000\x85 mid \x1c\x1f',
]
STRIP_CHARS = [
    None, '', ' ', 'x', 'xy', 'ab', '\u03a3\u0301', '\n\t ',
]
SPLIT_INPUTS = [t for t in TEXTS if t != LINE_BREAK_SAMPLE] + SPLIT_EXTRA
SPLITLINES_INPUTS = TEXTS + SPLITLINES_EXTRA
STRIP_INPUTS = TEXTS[:60] + STRIP_EXTRA

# The grids: every input with every combination of arguments.
SPLIT_ARG0 = [
    None, ',', 'a', 'aa', 'ab', ' ', '\u03a3', '\n', '',
]
SPLIT_ARG1 = [
    -1, 0, 1, 2, 5, I64_MIN, I64_MAX,
]
FIND_INPUTS = [
    '', 'a', 'abc', 'abcabc', 'aaaa', 'mississippi', '\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2',
    'x\U0001f600y\U0001f600', '\xdf\xdf\xdf', 'hello world', 'e\u0301e\u0301',
]
FIND_ARG0 = [
    '', 'a', 'b', 'bc', 'aa', 'ss', 'iss', '\u03a3', '\U0001f600', '\xdf', 'o w', 'e\u0301', 'zz',
    'abcabcabc',
]
# find's start and end both take these.
FIND_ARG1 = [
    None, 0, 1, 2, 3, 4, 9, 100, -1, -2, -3, -50, I64_MIN, I64_MAX,
]
FIND_ARG2 = FIND_ARG1
REPLACE_INPUTS = [
    '', 'a', 'abc', 'aaa', 'abab', 'mississippi', '\u03a3\u0391\u03a3', 'x\U0001f600y',
    '\xdfa\xdf', 'hello world',
]
REPLACE_ARG0 = [
    '', 'a', 'ab', 'ss', '\u03a3', '\U0001f600', 'zz', '\xdf', 'aa',
]
REPLACE_ARG1 = [
    '', '-', 'XYZ', '\U0001f601', '\xe4',
]
REPLACE_ARG2 = [
    -1, 0, 1, 2, 3, 100, I64_MIN, I64_MAX,
]
SLICE_INPUTS = [
    '', 'a', 'abcde', '\u03a3x\U0001f600y\xdf', '0123456789',
]
SLICE_ARG0 = [
    None, 0, 1, 2, 3, -1, -2, -3, 5, 100, -100, I64_MAX, I64_MIN,
]
SLICE_ARG1 = SLICE_ARG0
SLICE_ARG2 = [
    1, 2, 3, -1, -2, -3, I64_MAX, I64_MIN, 0,
]

# The small tables: each input with each argument.
PARTITION_INPUTS = [
    '', 'a,b,c', ',', 'abc', 'a\u03a3b\u03a3c', 'x\U0001f600y\U0001f600z', 'no sep here', 'ababab',
]
PARTITION_SEPARATORS = [
    ',', '\u03a3', '\U0001f600', 'ab', 'zz', 'abc', '',
]
EXPANDTABS_INPUTS = [
    '', '\t', 'a\tb', 'abc\tdef\tg', '01\t012\t0123\t01234', 'x\n\ty\r\tz',
    '\u03a3\t\U0001f600\tq', '\t\t\t', 'ab\x0b\tc', 'a\r\n\tb',
]
TAB_SIZES = [
    -1, 0, 1, 2, 3, 4, 8, 9,
]
INDEX_INPUTS = [
    '', 'abc', '\u03a3x\U0001f600',
]
INDICES = [
    0, 1, 2, 3, -1, -3, -4, I64_MAX, I64_MIN,
]
AFFIX_INPUTS = [
    'prefix_body_suffix', 'aaa', '', '\u03a3\u03a3',
]
AFFIXES = [
    '', 'prefix_', 'a', 'aa', 'aaaa', '\u03a3', 'suffix', '_suffix', 'x',
]
PAD_INPUTS = [
    '', 'a', 'ab', 'abc', '-42', '+7', '-', '+', '--1', '\u03a3\u03a3', '\U0001f600', '0', 'a-1',
]
PAD_WIDTHS = [
    -5, 0, 1, 2, 3, 4, 5, 6, 7, 10, 11,
]
# Fill characters beyond a space are tried only at widths where padding happens.
PAD_FILLS = [' ', '*', '\u03a3']
PAD_FILL_WIDTHS = [5, 6, 7]
CODE_POINT_BLOCKS = 68


def escape(text):
    return ''.join('\\\\' if ch == '\\' else ch if 0x20 <= ord(ch) < 0x7f else '\\u{%x}' % ord(ch)
                   for ch in text)


def optional(text):
    return '\\N' if text is None else escape(text)


def fnv64(text):
    h = 0xcbf29ce484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return '%016x' % h


def enc_list(items):
    return ''.join('%d:%s;' % (len(item), item) for item in items)


def attempt(fn, show=str):
    try:
        return show(fn())
    except (ValueError, IndexError, OverflowError) as e:
        return '!%s: %s' % (type(e).__name__, e)


def bits(flags):
    return ''.join('1' if f else '0' for f in flags)


# ------------------------------------------------------------------------ every code point
def flags_view(c):
    return bits([c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
                 c.isprintable(), c.isidentifier(), ('a' + c).isidentifier(), c.islower(),
                 c.isupper(), c.istitle(), c.isalnum(), len(('a' + c + 'b').splitlines()) == 2])


def pair_view(c):
    # Case mappings that depend on the neighbours: final sigma, and title's word starts.
    return ('A' + c + '\u03a3' + c).lower() + (c + 'x').title() + ('x' + c).title()


VIEWS = [('flags', flags_view), ('upper', str.upper), ('lower', str.lower), ('title', str.title),
         ('casefold', str.casefold), ('swapcase', str.swapcase),
         ('capitalize', str.capitalize), ('repr', repr), ('ascii', ascii), ('pairs', pair_view)]


def code_points_table():
    block = 0x110000 // CODE_POINT_BLOCKS
    rows = []
    for name, view in VIEWS:
        hashes = []
        for k in range(CODE_POINT_BLOCKS):
            chars = (chr(cp) for cp in range(k * block, (k + 1) * block)
                     if not 0xD800 <= cp <= 0xDFFF)
            hashes.append(fnv64(''.join(view(c) + '\0' for c in chars)))
        rows.append([name, ' '.join(hashes)])
    return rows


# ------------------------------------------------------------------------------- per input
def cases_table():
    return [[escape(x) for x in (s, s.upper(), s.lower(), s.casefold(), s.swapcase(),
                                 s.capitalize(), s.title())] for s in TEXTS]


def predicates_table():
    rows = []
    for s in TEXTS:
        flags = bits([s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(),
                      s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(),
                      s.isascii(), s.isprintable()])
        rows.append([escape(s), flags, escape(repr(s)), escape(ascii(s)), str(len(s))])
    return rows


def split_results(s):
    out = []
    for sep in SPLIT_ARG0:
        for m in SPLIT_ARG1:
            out.append(attempt(lambda: s.split(sep, m), enc_list) + '/'
                       + attempt(lambda: s.rsplit(sep, m), enc_list) + '\0')
    return out


def find_results(s):
    out = []
    for sub in FIND_ARG0:
        for a in FIND_ARG1:
            for b in FIND_ARG2:
                r = [str(s.find(sub, a, b)), str(s.rfind(sub, a, b)), str(s.count(sub, a, b)),
                     attempt(lambda: s.index(sub, a, b)), attempt(lambda: s.rindex(sub, a, b)),
                     str(s.startswith(sub, a, b)), str(s.endswith(sub, a, b))]
                out.append('|'.join(r) + '\0')
    return out


def replace_results(s):
    return [attempt(lambda: s.replace(old, new, count)) + '\0'
            for old in REPLACE_ARG0 for new in REPLACE_ARG1 for count in REPLACE_ARG2]


def slice_indices(length, start, stop, step):
    """CPython's PySlice_Unpack and PySlice_AdjustIndices: Py_ssize_t arithmetic, so a step
    below -PY_SSIZE_T_MAX is clamped to it."""
    if step == 0:
        raise ValueError('slice step cannot be zero')
    step = max(step, -I64_MAX)
    if start is None:
        start = I64_MAX if step < 0 else 0
    if stop is None:
        stop = I64_MIN if step < 0 else I64_MAX
    if start < 0:
        start = max(start + length, -1 if step < 0 else 0)
    elif start >= length:
        start = length - 1 if step < 0 else length
    if stop < 0:
        stop = max(stop + length, -1 if step < 0 else 0)
    elif stop >= length:
        stop = length - 1 if step < 0 else length
    if step < 0:
        count = (start - stop - 1) // (-step) + 1 if stop < start else 0
    else:
        count = (stop - start - 1) // step + 1 if start < stop else 0
    return start, stop, step, count


def slice_results(s):
    out = []
    for a in SLICE_ARG0:
        for b in SLICE_ARG1:
            for step in SLICE_ARG2:
                def sliced():
                    start, stop, st, count = slice_indices(len(s), a, b, step)
                    return '%d|%d|%d|%d|%s' % (start, stop, st, count, s[a:b:step])
                out.append(attempt(sliced) + '\0')
    return out


def grid_table(inputs, results):
    return [[escape(s), fnv64(''.join(results(s)))] for s in inputs]


def splitlines_table():
    return [[escape(s), escape(enc_list(s.splitlines())), escape(enc_list(s.splitlines(True)))]
            for s in SPLITLINES_INPUTS]


def strips_table():
    return [[escape(s), optional(chars)] + [escape(x) for x in (s.strip(chars), s.lstrip(chars),
                                                                 s.rstrip(chars))]
            for s in STRIP_INPUTS for chars in STRIP_CHARS]


def partitions_table():
    return [[escape(s), escape(sep)]
            + [escape(attempt(lambda: fn(sep), enc_list)) for fn in (s.partition, s.rpartition)]
            for s in PARTITION_INPUTS for sep in PARTITION_SEPARATORS]


def pads_table():
    rows = []
    for s in PAD_INPUTS:
        for w in PAD_WIDTHS:
            for fill in PAD_FILLS if w in PAD_FILL_WIDTHS else PAD_FILLS[:1]:
                rows.append([escape(s), str(w), escape(fill)]
                            + [escape(x) for x in (s.center(w, fill), s.ljust(w, fill),
                                                   s.rjust(w, fill), s.zfill(w))])
    return rows


def expandtabs_table():
    return [[escape(s), str(n), escape(s.expandtabs(n))]
            for s in EXPANDTABS_INPUTS for n in TAB_SIZES]


def indexing_table():
    return [[escape(s), str(i), escape(attempt(lambda: s[i]))] for s in INDEX_INPUTS for i in INDICES]


def affixes_table():
    return [[escape(s), escape(a), escape(s.removeprefix(a) + '|' + s.removesuffix(a))]
            for s in AFFIX_INPUTS for a in AFFIXES]


def write(path, rows):
    path.with_suffix('.new').write_text(''.join('\t'.join(row) + '\n' for row in rows))
    path.with_suffix('.new').replace(path)


def main(out_dir):
    tables = {
        'code_points': code_points_table(),
        'cases': cases_table(),
        'predicates': predicates_table(),
        'split': grid_table(SPLIT_INPUTS, split_results),
        'find': grid_table(FIND_INPUTS, find_results),
        'replace': grid_table(REPLACE_INPUTS, replace_results),
        'slice': grid_table(SLICE_INPUTS, slice_results),
        'splitlines': splitlines_table(),
        'strips': strips_table(),
        'partitions': partitions_table(),
        'pads': pads_table(),
        'expandtabs': expandtabs_table(),
        'indexing': indexing_table(),
        'affixes': affixes_table(),
    }
    for name, rows in tables.items():
        write(out_dir / ('strings_%s.txt' % name), rows)


if __name__ == '__main__':
    main(Path(sys.argv[1]))
