"""Generates the tables of crates/pycore/src/int.rs's tests from CPython 3.12's int.

  PYENV_VERSION=3.12.1 python3.12 scripts/tables/int.py crates/pycore/tests/tables

writes one file per table (`make regen-tables` runs it), one case a line, fields separated by
one space:
  int_binary.txt    a b "a+b,a-b,a*b,a//b,a%b,a&b,a|b,a^b" cmp(a,b) a/b
  int_unary.txt     a -a abs(a) ~a hash(a) float(a) bit_length bit_count hex oct bin str
  int_shifts.txt    a n a<<n a>>n
  int_pows.txt      a e a**e                (a float for a negative e)
  int_powmod.txt    a e m pow(a,e,m)
  int_truediv.txt   a b a/b
  int_floatcmp.txt  a x cmp(a,x)            (x a float; n when unordered)
  int_floats.txt    x int(x) hash(x)
  int_rounds.txt    a n round(a,n)
Operands are decimals, small expressions over + - * ** and parentheses, or `R<seed>.<bits>`
(optionally negated): the int of exactly `bits` bits whose 64-bit words, least significant
first, are splitmix64 outputs from `seed` (top bit set); the Rust tests rebuild it the same way.
A result is its str or repr, `!ExceptionName` when CPython raises, or `#` and the FNV-1a 64 hash
of its text when that is longer than 24 characters (60 for binary's eight results together).
cmp is one of < = > n. hash(nan) is written as 0 (CPython hashes a NaN by its identity).

The other four tables' fields are separated by TABs, with backslash written as \\\\ and every character
outside printable ASCII as \\u{hex}:
  int_parses.txt       base s int(s,base)   (str of the value, or "!ValueError: message")
  int_long_parses.txt  base len fnv64 (count piece)...: s is the pieces repeated count times;
                       the result (hex of the value for bases 16 and 32 and 0x/0b literals, its
                       str otherwise, or the error) has len characters and that FNV-1a 64 hash
  int_str_limits.txt   value "ok:len(str(value))" or "!ValueError: message" of str(value)
  int_messages.txt     case Exception message   (the Rust test maps each case to its call)
"""
import math
import random
import struct
import sys
from pathlib import Path

MASK64 = (1 << 64) - 1
# Longer results are stored as hashes: one value, and binary's eight joined results.
LONGEST_PLAIN = 24
LONGEST_PLAIN_JOINED = 60


def splitmix64(seed):
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        yield z ^ (z >> 31)


class Operands:
    """Hands out random operands `R<seed>.<bits>` with consecutive seeds."""

    def __init__(self, first_seed):
        self.seed = first_seed
        self.values = {}

    def new(self, bits, negative=False):
        token = '%sR%d.%d' % ('-' if negative else '', self.seed, bits)
        words = splitmix64(self.seed)
        v = 0
        for i in range((bits + 63) // 64):
            v |= next(words) << (64 * i)
        v = (v & ((1 << bits) - 1)) | (1 << (bits - 1))
        self.values[token] = -v if negative else v
        self.seed += 1
        return token

    def value(self, token):
        if token in self.values:
            return self.values[token]
        return eval(token, {'__builtins__': {}})


def fnv64(text):
    h = 0xcbf29ce484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001b3) & MASK64
    return '%016x' % h


def short(value, longest=LONGEST_PLAIN):
    text = str(value)
    return text if len(text) <= longest else '#' + fnv64(text)


def outcome(fn, show=str):
    try:
        return show(fn())
    except (ZeroDivisionError, OverflowError, ValueError, MemoryError) as e:
        return '!' + type(e).__name__


def cmp(a, b):
    if a < b:
        return '<'
    if a == b:
        return '='
    if a > b:
        return '>'
    return 'n'


def show_number(v):
    """An int as short(str), a float as its repr."""
    return repr(v) if isinstance(v, float) else short(str(v))


# Around the machine-word boundaries of the fast paths and beyond.
OPERANDS = ['0', '1', '-1', '2', '-2', '3', '-3', '7', '-7', '10', '-10', '2**31', '-2**31',
            '2**53+1', '2**62', '-2**62', '2**63-1', '-2**63', '2**63', '-2**63-1', '2**64',
            '-2**64+1', '10**20', '-(10**20)-7', '3**45', '-(7**30)', '2**100+12345',
            '-(2**127)']
# Where float conversion rounds (ties, the 2**53 and 2**1024 edges) and where hashes wrap.
UNARY_EXTRA = ['2**53', '2**53+2', '2**53+3', '-(2**53+3)', '2**54+2', '2**64-1', '2**64+1',
               '2**61-1', '2**61', '2**61+1', '-(2**61-1)', '-(2**61)', '2**122-1', '2**122',
               '2**1023', '(2**53-1)*2**971', '(2**53-1)*2**971+2**970-1',
               '(2**53-1)*2**971+2**970', '-((2**53-1)*2**971+2**970)', '2**1024', '10**308',
               '10**309', '2**52*3+1', '12345678901234567890123']
SHIFT_OPERANDS = ['0', '1', '-1', '2', '-2', '3', '-3', '7', '-7', '10', '-10', '2**31', '-2**31',
                  '2**53+1', '2**62', '-2**62', '2**63-1', '-2**63', '2**63', '-2**63-1',
                  '2**64', '-2**64+1', '2**100+12345', '-(2**127)', '-(2**127)-1', '2**64-1',
                  '-5', '5']
SHIFT_COUNTS = ['0', '1', '2', '31', '32', '62', '63', '64', '65', '100', '127', '128', '129',
                '200', '-1']
POW_BASES = ['0', '1', '-1', '2', '-2', '3', '-3', '7', '10', '-10', '2**31', '2**32-1', '3**20',
             '-(2**62)', '2**63', '-(2**63)', '12345678901234567890']
POW_EXPONENTS = ['0', '1', '2', '3', '5', '10', '31', '32', '62', '63', '64', '100', '2**70', '-1',
                 '-2', '-3', '-64', '-1075', '-(2**70)', '-(2**64)-1']
# Powers whose result would exceed this many bits are left out (the table stays small).
LARGEST_POWER_BITS = 2048
POWMOD_BASES = ['0', '1', '-1', '2', '3', '-3', '10', '12', '2**64+1', '-(3**50)']
POWMOD_EXPONENTS = ['0', '1', '2', '5', '100', '2**70+3', '-1', '-2', '-7']
POWMOD_MODULI = ['1', '-1', '2', '-2', '7', '-7', '10', '97', '2**61-1', '-(2**64)-13', '2**127-1',
                 '0']
# Near the float limits: 2**53, 2**1024, the subnormal range (2**1074) and double rounding.
TRUEDIV_OPERANDS = ['1', '-1', '3', '7', '2**53', '2**53+1', '2**54-1', '10**20', '10**22+1',
                    '2**64-1', '3**80', '-(5**60)', '2**1023', '2**1024', '10**308', '10**400',
                    '2**1074', '2**1075', '2**1076', '3*2**1073', '10**320', '0']
FLOATCMP_INTS = ['0', '1', '-1', '2', '4', '5', '-5', '2**53-1', '2**53', '2**53+1', '2**53+2',
                 '2**63-1', '-2**63', '2**63', '-2**63-1', '2**64', '2**64-1', '2**64+1', '10**300',
                 '-10**300', '2**1023', '2**1024', '10**19']
FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, 1.5, -1.5, 2.0**53, 2.0**53 + 2, 2.0**53 - 1, 2.0**63,
          -2.0**63, 2.0**64, 9.2e18, 1e300, -1e300, math.inf, -math.inf, math.nan, 5e-324,
          2.0**53, 4.5, 1e19, 2.0**64, 2.0**1023, 0.9999, -0.9999, 123.456, -2.5, 1e22,
          1.7976931348623157e308, -1.7976931348623157e308, 9.223372036854775e18, 1e16]
ROUND_INTS = ['0', '5', '15', '25', '35', '45', '-5', '-15', '-25', '-35', '149', '150', '151',
              '250', '-250', '12345', '-12345', '2**63', '10**20+5*10**9', '-(10**20)-5*10**9',
              '10**30+5*10**29', '3*10**29+5*10**28', '5*10**30']
ROUND_DIGITS = ['1', '0', '-1', '-2', '-3', '-10', '-30', '-31', '-50', '-100', '-1000']

# The random cases: how many, and the sizes (in bits) they draw from.
RANDOM_BINARY = 150
BINARY_LEFT_BITS = [63, 64, 65, 100, 300]
BINARY_RIGHT_BITS = [1, 2, 40, 63, 64, 65, 100, 300]
RANDOM_UNARY = 80
UNARY_BITS = [8, 30, 53, 54, 55, 62, 63, 64, 65, 100, 200, 500, 1024, 1025]
RANDOM_TRUEDIV = 400
TRUEDIV_LEFT_BITS = [54, 60, 64, 100, 300, 1100, 2000]
TRUEDIV_RIGHT_BITS = [1, 10, 54, 64, 100, 300, 1100, 2000]
RANDOM_FLOATS = 150


def binary_table(ops, choose):
    pairs = [(a, b) for a in OPERANDS for b in OPERANDS]
    for _ in range(RANDOM_BINARY):
        a = ops.new(choose.choice(BINARY_LEFT_BITS), choose.random() < 0.5)
        pairs.append((a, ops.new(choose.choice(BINARY_RIGHT_BITS), choose.random() < 0.5)))
    lines = []
    for ta, tb in pairs:
        a, b = ops.value(ta), ops.value(tb)
        results = ','.join(outcome(fn) for fn in (
            lambda: a + b, lambda: a - b, lambda: a * b, lambda: a // b, lambda: a % b,
            lambda: a & b, lambda: a | b, lambda: a ^ b))
        lines.append([ta, tb, short(results, LONGEST_PLAIN_JOINED), cmp(a, b), outcome(lambda: a / b, repr)])
    return lines


def unary_table(ops, choose):
    tokens = OPERANDS + UNARY_EXTRA
    tokens += [ops.new(choose.choice(UNARY_BITS), choose.random() < 0.5)
               for _ in range(RANDOM_UNARY)]
    lines = []
    for t in tokens:
        a = ops.value(t)
        lines.append([t] + [short(str(v)) for v in (-a, abs(a), ~a, hash(a))]
                     + [outcome(lambda: float(a), repr)]
                     + [str(a.bit_length()), str(a.bit_count())]
                     + [short(s) for s in (hex(a), oct(a), bin(a), str(a))])
    return lines


def shifts_table(ops):
    tokens = SHIFT_OPERANDS + [ops.new(200, True), ops.new(300)]
    lines = []
    for ta in tokens:
        for tn in SHIFT_COUNTS:
            a, n = ops.value(ta), ops.value(tn)
            lines.append([ta, tn, outcome(lambda: a << n, short), outcome(lambda: a >> n, short)])
    return lines


def pows_table(ops):
    lines = []
    for ta in POW_BASES:
        for te in POW_EXPONENTS:
            a, e = ops.value(ta), ops.value(te)
            if abs(a) > 1 and e > 0 and a.bit_length() * e > LARGEST_POWER_BITS:
                continue
            lines.append([ta, te, outcome(lambda: a ** e, show_number)])
    return lines


def powmod_table(ops):
    lines = []
    for ta in POWMOD_BASES + [ops.new(300, True)]:
        for te in POWMOD_EXPONENTS + [ops.new(100)]:
            for tm in POWMOD_MODULI:
                a, e, m = ops.value(ta), ops.value(te), ops.value(tm)
                lines.append([ta, te, tm, outcome(lambda: pow(a, e, m), short)])
    return lines


def truediv_table(ops, choose):
    pairs = [(a, b) for a in TRUEDIV_OPERANDS for b in TRUEDIV_OPERANDS]
    for _ in range(RANDOM_TRUEDIV):
        a = ops.new(choose.choice(TRUEDIV_LEFT_BITS), choose.random() < 0.5)
        pairs.append((a, ops.new(choose.choice(TRUEDIV_RIGHT_BITS), choose.random() < 0.5)))
    return [[ta, tb, outcome(lambda: ops.value(ta) / ops.value(tb), repr)] for ta, tb in pairs]


def floatcmp_table(ops):
    # The float operands of int_floats.txt's fixed part, less its last ten.
    floats = FLOATS[:25]
    return [[t, repr(x), cmp(ops.value(t), x)] for t in FLOATCMP_INTS for x in floats]


def floats_table(choose):
    floats = list(FLOATS)
    while len(floats) < len(FLOATS) + RANDOM_FLOATS:
        x = struct.unpack('<d', struct.pack('<Q', choose.getrandbits(64)))[0]
        if math.isfinite(x):
            floats.append(x)
    return [[repr(x), outcome(lambda: int(x), short), str(0 if math.isnan(x) else hash(x))]
            for x in floats]


def rounds_table(ops):
    return [[ta, tn, short(str(round(ops.value(ta), ops.value(tn))))]
            for ta in ROUND_INTS for tn in ROUND_DIGITS]


# int(s, base): signs, underscores, whitespace, prefixes, Unicode digits and spaces, i64 edges,
# and invalid literals whose repr shows in the message.
PARSE_INPUTS = [
    '0', '-0', '+0', '00', '000_0', '1', '-1', '+1', ' 1 ', '\t\n12\x0b\x0c\r', '1_000', '1__000',
    '_1', '1_', '1 2', '', ' ', '-', '+', '--1', '+-1', '- 1', '0x1f', '0X1F', '0x_1f', '0x__1f',
    '0x', '0b101', '0B1', '0o17', '0O17', '017', '0_17', '0_0', '00_00', '0b', '0b_', '0b2', '12a',
    'abc', 'ABC', 'z', 'Z', 'zz', '0xg', '1e5', '1.0', '1,000', '\u2177', '\u0661\u0662\u0663',
    '\u0663', '\u0967\u0968', '\U0001d7cf\U0001d7d0', '\u3000 \xa0 42\u3000\x85', '\x1c5', '5\x1c',
    '1\x00', '\x00', '9223372036854775807', '9223372036854775808', '-9223372036854775808',
    '-9223372036854775809', '18446744073709551616', '123456789012345678901234567890',
    '0x7fffffffffffffff', '0x8000000000000000', '-0x8000000000000000', '0xffffffffffffffffffff',
    "ab'c", 'a"b', 'a\'"b', 'tab\there', '\xe9', '1\xe9', 'x\u0300', '\u200b1', '1\u2028',
    '\u20001', '1\ud7ff', 'Infinity', 'nan', '0_', '1_2_3', '\u0663_\u0663', ' -_1', '-0x1',
    '- 0x1', '\x7f', '1\x7f', '0x-1', '0 x1', ' 0b1 ', '+0o7_7', '1111111111111111111111111',
    'zzzzzzzzzzzzzzz', 'ZZZZZZZZZZZZZ',
]
# Inputs beyond the 4300-digit limit of int(str) and str(int), and long invalid literals (the
# message shows a truncated repr).
LONG_PARSES = [
    ([('1', 4301)], 10),
    ([('1', 4301), (' ', 1)], 10),
    ([('1', 4301), ('x', 1)], 10),
    ([('1', 4301), ('\x00', 1)], 10),
    ([('0', 1), ('1', 4300)], 0),
    ([('0', 4301)], 0),
    ([('1', 4300)], 10),
    ([('-', 1), ('9', 4300)], 10),
    ([('1_', 4300), ('1', 1)], 10),
    ([('1', 4301)], 16),
    ([('1', 4301)], 9),
    ([('1', 4301)], 32),
    ([('0x', 1), ('1', 4301)], 0),
    ([('\u0661', 4301)], 10),
    ([('a', 300)], 10),
    ([('a', 199)], 10),
    ([('a', 198)], 10),
    ([('\x01', 100)], 10),
    ([('\xe9', 250)], 10),
    ([('0b', 1), ('1', 100)], 0),
    ([('1', 4300)], 7),
    ([(' ', 100), ('7', 1)], 10),
]
# Around the 4300-digit limit of str(int).
STR_LIMIT_VALUES = [
    '10**4300-1',
    '10**4300',
    '-(10**4300-1)',
    '-(10**4300)',
    '2**14284',
    '2**14283',
    '-(2**14283)',
    '10**5000',
]
PARSE_BASES = [10, 0, 2, 8, 16, 36, 3, 7]
# Bases that int() rejects, tried on a valid input.
BAD_BASES = {'1': [1, 37, -1, 99], 'z': [-5]}
# The errors whose messages the Rust tests check, keyed by the name the tests know them by.
MESSAGE_CASES = [
    ('floordiv', lambda: 1 // 0),
    ('mod', lambda: 1 % 0),
    ('divmod', lambda: divmod(1, 0)),
    ('truediv', lambda: 1 / 0),
    ('truediv_big', lambda: (1 << 2000) / 1),
    ('pow_zero_neg', lambda: 0 ** -1),
    ('shl_neg', lambda: 1 << -1),
    ('shr_neg', lambda: 1 >> -1),
    ('float_big', lambda: float(1 << 1024)),
    ('powmod_zero', lambda: pow(2, 3, 0)),
    ('powmod_inv', lambda: pow(2, -1, 4)),
    ('from_nan', lambda: int(math.nan)),
    ('from_inf', lambda: int(-math.inf)),
]


def escape(text):
    return ''.join('\\\\' if ch == '\\' else ch if 0x20 <= ord(ch) < 0x7f else '\\u{%x}' % ord(ch)
                   for ch in text)


def error_text(e):
    return '!%s: %s' % (type(e).__name__, e)


def parses_table():
    rows = []
    cases = [(s, base) for s in PARSE_INPUTS for base in PARSE_BASES]
    cases += [(s, base) for s, bases in BAD_BASES.items() for base in bases]
    for s, base in cases:
        try:
            result = str(int(s, base))
        except ValueError as e:
            result = error_text(e)
        rows.append([str(base), escape(s), escape(result)])
    return rows


def long_parses_table():
    rows = []
    for pieces, base in LONG_PARSES:
        s = ''.join(piece * count for piece, count in pieces)
        try:
            v = int(s, base)
            result = hex(v) if base in (16, 32) or s.startswith(('0x', '0b')) else str(v)
        except ValueError as e:
            result = error_text(e)
        row = [str(base), str(len(result)), fnv64(result)]
        for piece, count in pieces:
            row += [str(count), escape(piece)]
        rows.append(row)
    return rows


def str_limits_table(ops):
    rows = []
    for t in STR_LIMIT_VALUES:
        try:
            result = 'ok:%d' % len(str(ops.value(t)))
        except ValueError as e:
            result = error_text(e)
        rows.append([t, escape(result)])
    return rows


def messages_table():
    rows = []
    for name, fn in MESSAGE_CASES:
        try:
            fn()
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            rows.append([name, type(e).__name__, str(e)])
        else:
            raise AssertionError(name + ' raised nothing')
    return rows


def write(path, rows, separator=' '):
    text = ''.join(separator.join(row) + '\n' for row in rows)
    path.with_suffix('.new').write_text(text)
    path.with_suffix('.new').replace(path)


def main(out_dir):
    ops = Operands(1001)
    choose = random.Random(20240612)
    tables = [
        ('binary', binary_table(ops, choose)),
        ('unary', unary_table(ops, choose)),
        ('shifts', shifts_table(ops)),
        ('pows', pows_table(ops)),
        ('powmod', powmod_table(ops)),
        ('truediv', truediv_table(ops, choose)),
        ('floatcmp', floatcmp_table(ops)),
        ('floats', floats_table(choose)),
        ('rounds', rounds_table(ops)),
    ]
    for name, rows in tables:
        write(out_dir / ('int_%s.txt' % name), rows)
    tab_tables = [
        ('parses', parses_table()),
        ('long_parses', long_parses_table()),
        ('str_limits', str_limits_table(ops)),
        ('messages', messages_table()),
    ]
    for name, rows in tab_tables:
        write(out_dir / ('int_%s.txt' % name), rows, '\t')


if __name__ == '__main__':
    main(Path(sys.argv[1]))
