"""Generates the Unicode tables that the runtime carries in crates/pycore/src/ (Unicode 15.0, as CPython 3.12).

They are runtime data, not test tables, so they stay in the Rust source between
`// BEGIN GENERATED NAME` and `// END GENERATED NAME` markers:
  crates/pycore/src/strings.rs  UNICODE_TABLES    per-character str predicates and case mappings
  crates/pycore/src/int.rs      DECIMAL_RANGES    runs of decimal digits (int() accepts them)

  PYENV_VERSION=3.12.1 python3.12 scripts/tables/unicode.py print NAME   prints a block
  PYENV_VERSION=3.12.1 python3.12 scripts/tables/unicode.py check        compares every block
                                                                         with the source, byte
                                                                         for byte (exit 1 if not)
Every property is read from CPython's own str methods, so the tables agree with the
interpreter rather than with a separate copy of the Unicode database.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE_POINTS = range(0x110000)


def hex_list(values, per_line):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append('    ' + ' '.join(v + ',' for v in values[i:i + per_line]))
    return lines


def ranges(predicate, lo, hi):
    """Maximal runs [first, last] of code points in lo..hi for which predicate holds."""
    out = []
    start = None
    for cp in range(lo, hi):
        if predicate(cp):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, hi - 1))
    return out


def pair_block(pairs, per_line):
    return hex_list(['(0x%X, 0x%X)' % p for p in pairs], per_line)


def decimal_ranges():
    return pair_block(ranges(lambda cp: cp >= 0x80 and chr(cp).isdecimal(), 0, 0x110000), 4)


# ------------------------------------------------------------------------- UNICODE_TABLES
FLAGS = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'PRINTABLE', 'XID_START',
         'XID_CONTINUE', 'LOWER', 'UPPER', 'TITLE', 'CASED', 'CASE_IGNORABLE']


def is_cased(c):
    # str.istitle() of one character is "titlecase or uppercase"; together with islower()
    # that is Unicode's Cased property (Lowercase | Uppercase | Lt).
    return c.islower() or c.isupper() or c.istitle()


def is_case_ignorable(c):
    # Python exposes Case_Ignorable only through the final-sigma rule of str.lower():
    # a capital sigma is final when, skipping case-ignorable characters, a cased letter
    # precedes it and none follows it.
    if is_cased(c):
        return ('1' + c + '\u03a3').lower()[-1] == '\u03c3'
    return ('A\u03a3' + c + 'B').lower()[1] == '\u03c3'


def flags_of(cp):
    c = chr(cp)
    props = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
             # str.isidentifier() also lets '_' start a name; XID_Start itself does not.
             c.isprintable(), c.isidentifier() and c != '_', ('a' + c).isidentifier(), c.islower(),
             c.isupper(), c.istitle() and not c.isupper(), is_cased(c), is_case_ignorable(c)]
    return sum(1 << i for i, p in enumerate(props) if p)


def mapping_runs(singles):
    """Groups (code point, delta) pairs, in order, into (first, count, stride, delta) runs of
    equal delta and a constant stride of 1 or 2."""
    runs = []
    i = 0
    while i < len(singles):
        first, delta = singles[i]
        stride, count = 1, 1
        if i + 1 < len(singles) and singles[i + 1][1] == delta \
                and singles[i + 1][0] - first in (1, 2):
            stride = singles[i + 1][0] - first
            while i + count < len(singles) and singles[i + count] == (first + count * stride, delta):
                count += 1
        runs.append((first, count, stride, delta))
        i += count
    return runs


def rust_str(s):
    return '"' + ''.join(ch if 0x20 <= ord(ch) < 0x7f and ch not in '"\\'
                         else '\\u{%x}' % ord(ch) for ch in s) + '"'


def mapping_block(name, mapping, base):
    """The chars whose mapping differs from base(c): runs for one-char results, MULTI for longer."""
    singles, multi = [], []
    for cp in CODE_POINTS:
        c = chr(cp)
        m = mapping(c)
        if m == base(c):
            continue
        if len(m) == 1:
            singles.append((cp, ord(m) - cp))
        else:
            multi.append((cp, m))
    runs = mapping_runs(singles)
    upper = name.upper()
    lines = ['/// %s mapping runs: (first, count, stride, delta): first + k*stride maps to itself + '
             'delta.' % name,
             '#[rustfmt::skip]',
             'static %s_RUNS: [(u32, u16, u8, i32); %d] = [' % (upper, len(runs))]
    lines += hex_list(['(0x%X, %d, %d, %d)' % r for r in runs], 4)
    lines += ['];', '#[rustfmt::skip]',
              'static %s_MULTI: [(u32, &str); %d] = [' % (upper, len(multi))]
    lines += hex_list(['(0x%X, %s)' % (cp, rust_str(m)) for cp, m in multi], 4)
    lines.append('];')
    return lines


def unicode_tables():
    lines = []
    for i, name in enumerate(FLAGS):
        lines += ['#[rustfmt::skip]', 'const %s: u16 = 1 << %d;' % (name, i)]
    starts, flags = [], []
    for cp in CODE_POINTS:
        f = flags_of(cp)
        if not flags or flags[-1] != f:
            starts.append(cp)
            flags.append(f)
    lines += ['/// First code point of each run of code points with equal property flags.',
              '#[rustfmt::skip]', 'static PROP_STARTS: [u32; %d] = [' % len(starts)]
    lines += hex_list(['0x%X' % s for s in starts], 12)
    lines += ['];', '/// The flags of each run of PROP_STARTS.', '#[rustfmt::skip]',
              'static PROP_FLAGS: [u16; %d] = [' % len(flags)]
    lines += hex_list([str(f) for f in flags], 16)
    lines.append('];')
    lines += mapping_block('upper', str.upper, lambda c: c)
    lines += mapping_block('lower', str.lower, lambda c: c)
    lines += mapping_block('title', str.title, str.upper)
    lines += mapping_block('fold', str.casefold, str.lower)
    return lines


BLOCKS = {
    'UNICODE_TABLES': ('crates/pycore/src/strings.rs', unicode_tables),
    'DECIMAL_RANGES': ('crates/pycore/src/int.rs', decimal_ranges),
}


def block_text(name):
    return ''.join(line + '\n' for line in BLOCKS[name][1]())


def source_block(name):
    """The text strictly between a block's BEGIN and END marker lines in its source file."""
    text = (ROOT / BLOCKS[name][0]).read_text()
    begin = text.index('// BEGIN GENERATED %s\n' % name)
    start = text.index('\n', begin) + 1
    end = text.rindex('\n', 0, text.index('// END GENERATED %s\n' % name)) + 1
    return text[start:end]


def main(args):
    if args[:1] == ['print'] and len(args) == 2 and args[1] in BLOCKS:
        sys.stdout.write(block_text(args[1]))
        return 0
    if args == ['check']:
        stale = [n for n in BLOCKS if source_block(n) != block_text(n)]
        for name in stale:
            print('%s: the GENERATED %s block differs from scripts/tables/unicode.py print %s'
                  % (BLOCKS[name][0], name, name), file=sys.stderr)
        return 1 if stale else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
