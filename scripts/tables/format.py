"""Generates crates/pycore/tests/tables/format.txt, the expected-output table of crates/pycore/src/format.rs's tests,
from CPython 3.12.

Run:  PYENV_VERSION=3.12.1 python3.12 scripts/tables/format.py > crates/pycore/tests/tables/format.txt
(`make regen-tables` does it). The test module loads the table with include_str!.
GEN_SEED, GEN_SCALE (default 0.3) and GEN_LIMIT (longest expected output, default 160) make
bigger tables for a one-off check without embedding them:
  PYENV_VERSION=3.12.1 GEN_SEED=7 GEN_SCALE=30 GEN_LIMIT=100000 python3.12 scripts/tables/format.py > /tmp/big.txt
  FORMAT_EXTRA_TABLE=/tmp/big.txt cargo test --release extra_table

One case per line, fields separated by TAB:  kind  input  arg  expected
  kind R  repr(float(input))
  kind F  format(float(input), arg)
  kind I  format(int(input), arg)
  kind S  format(input, arg)
  kind O  round(float(input), int(arg))            (result shown as repr)
  kind H  round(float(input))                      (result shown as int)
  kind P  float(input)                             (result shown as repr, '!' if ValueError)
  kind %  ('%' + arg) % float(input)
expected is '=' + text, or '!' + 'ExceptionName: message'.
Backslash, control and non-ASCII characters are written as \\\\, \\t, \\n or \\u{hex}.
"""
import math
import os
import random
import struct
import sys

SEED = int(os.environ.get('GEN_SEED', '20240601'))
SCALE = float(os.environ.get('GEN_SCALE', '0.3'))
random.seed(SEED)
out = []


def esc(s):
    r = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            r.append('\\\\')
        elif ch == '\t':
            r.append('\\t')
        elif ch == '\n':
            r.append('\\n')
        elif 0x20 <= o < 0x7f:
            r.append(ch)
        else:
            r.append('\\u{%x}' % o)
    return ''.join(r)


def frepr(x):
    if math.isnan(x):
        return '-nan' if math.copysign(1.0, x) < 0 else 'nan'
    return repr(x)


def has_surrogate(s):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in s)


def run(fn):
    try:
        v = fn()
    except (ValueError, OverflowError, MemoryError) as e:
        return '!' + type(e).__name__ + ': ' + str(e)
    return '=' + v


LIMIT = int(os.environ.get('GEN_LIMIT', '160'))


def emit(kind, inp, arg, fn):
    res = run(fn)
    if has_surrogate(res) or len(res) > LIMIT:
        return
    out.append('\t'.join([kind, esc(inp), esc(arg), esc(res)]))


def bits_to_float(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


# ---------------------------------------------------------------- values
TRICKY = [
    0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, -1 / 3, 1e16, 1e15, 9999999999999998.0,
    1e17, 1e-5, 1e-4, 0.0001, 0.00001, 1.5e-5, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, float(2**53),
    float(2**53 + 2), float(2**53 + 1), float(2**53 - 1), 1.5, 2.5, 0.5, 0.125, 0.375, 2.675,
    1.005, 1.0, -1.0, 10.0, 100.0, 123456789.0, 1234567.891, 1e22, 1e23, 1e300, 1e-300, 123.456,
    -123.456, 9.999999999999999e22, 4.35, 0.05, 0.15, 0.25, 0.35, 0.45, 1e100, 1.5e300, 1e308,
    8.98846567431158e307, 5e-5, 9.5, 99.5, 999.5, 0.995, 9.995, 1.25, 1.35, 12345.6789,
    6.02214076e23, 6.62607015e-34, math.pi, math.e, 1e-7, 1.0000000000000002, 0.9999999999999999,
    4503599627370496.5, 4503599627370497.0, 2.0**-1022, 2.0**-1074 * 3, 2.0**1023, 2.0**-1,
    2.0**60, 2.0**70, 1e21, 1e-6, 123e-20, 0.000123, 99999.99999, 1e16 - 2, 2e16 + 8,
    math.inf, -math.inf, math.nan, -math.nan, 7.0, 0.7, 1234.5, -1234.5, 1e5, 1e6, 999999.5,
    0.0625, 1.0625, 5.0, 50.0, 0.015625, 3.0e-310, 1.1125369292536007e-308, 4.9406564584124654e-324,
]


def random_floats(n):
    vals = []
    for _ in range(int(n * SCALE)):
        r = random.random()
        if r < 0.35:
            b = random.getrandbits(64)
            x = bits_to_float(b)
            if math.isnan(x):
                continue
            vals.append(x)
        elif r < 0.6:
            vals.append(random.uniform(-1, 1) * 10 ** random.randint(-20, 25))
        elif r < 0.8:
            # short decimals: many rounding half-way-looking cases
            k = random.randint(0, 4)
            vals.append(round(random.uniform(-1000, 1000), k))
        elif r < 0.85:
            vals.append(random.randint(-10**6, 10**6) + random.choice([0.5, 0.25, 0.125, 0.0, 0.75]))
        elif r < 0.9:
            # few fraction bits at large magnitude: exact ties between shortest candidates
            k = random.randrange(2**52, 2**53) + random.randrange(64) / 64
            vals.append(k * 2.0 ** random.randint(-50, 10))
        else:
            vals.append(random.randint(1, 9) * 10.0 ** random.randint(-30, 30))
    return vals


# ---------------------------------------------------------------- repr
for x in TRICKY + random_floats(1200):
    emit('R', frepr(x), '', lambda x=x: repr(x))
for e in range(-330, 310, 7):
    for m in (1.0, 1.7, 9.99, 4.5):
        x = m * 10.0 ** e if e > -320 else m * 1e-300 * 10.0 ** (e + 300)
        emit('R', frepr(x), '', lambda x=x: repr(x))
# powers of two: asymmetric rounding intervals
for e in range(-1074, 1024, 13):
    x = 2.0 ** e
    emit('R', frepr(x), '', lambda x=x: repr(x))

# ---------------------------------------------------------------- float format
FTYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
SWEEP = [-0.0, 2.5, 0.125, 2.675, 1.005, -2 / 3, 1e16, 9.995, 5e-324, 1234567.0,
         6.02214076e23]
for x in SWEEP:
    for t in FTYPES:
        for p in [None] + list(range(0, 21)):
            spec = t if p is None else '.%d%s' % (p, t)
            if t == '%' and p is not None and abs(x) > 1e300 and p > 5:
                continue
            if t in 'fF%' and abs(x) > 1e200 and p is not None and p > 3:
                continue
            emit('F', frepr(x), spec, lambda x=x, spec=spec: format(x, spec))

FILLS = ['', '', '', '*', '0', 'x', ' ', '\u00e9', '\u20ac', '{', '<', '=']


def rand_spec(types, precision=True):
    s = ''
    if random.random() < 0.35:
        s += random.choice(FILLS) + random.choice('<>=^')
    if random.random() < 0.3:
        s += random.choice('+- ')
    if random.random() < 0.12:
        s += 'z'
    if random.random() < 0.2:
        s += '#'
    if random.random() < 0.25:
        s += '0'
    if random.random() < 0.6:
        s += str(random.randint(0, 25))
    if random.random() < 0.25:
        s += random.choice([',', '_', ',', '_', ',_', '_,', ',,'])
    if precision and random.random() < 0.6:
        s += '.' + str(random.randint(0, 20))
    s += random.choice(types)
    return s


JUNK_ALPHABET = '<>=^+- z#0123456789,_.eEfFgGn%sdxXobc!aq\u00e9'


def junk_spec():
    return ''.join(random.choice(JUNK_ALPHABET) for _ in range(random.randint(0, 7)))


fvals = TRICKY + random_floats(400)
for _ in range(int(3200 * SCALE)):
    x = random.choice(fvals)
    spec = rand_spec(FTYPES)
    if ('f' in spec or 'F' in spec or '%' in spec) and abs(x) > 1e60:
        continue
    emit('F', frepr(x), spec, lambda x=x, spec=spec: format(x, spec))
for _ in range(int(500 * SCALE)):
    x = random.choice(fvals)
    spec = junk_spec()
    if abs(x) > 1e60:
        continue
    emit('F', frepr(x), spec, lambda x=x, spec=spec: format(x, spec))
for x, spec in [
    (1.0, '.2147483648f'), (1.0, '.2147483648'), (1.0, '99999999999999999999'),
    (1.0, '.99999999999999999999'), (1.0, '9223372036854775807'), (1.0, '9223372036854775808'),
    (1.5, '\u0661\u0660'), (1.5, '.\u0661f'), (1.0, '\x01'), (1.0, ' '), (1.0, '\u00e9'),
    (1.0, '.'), (1.0, '.f'), (1.0, ',,f'), (1.0, 'n,'), (1.0, ',n'), (1.0, '_n'), (1.0, ',s'),
    (1.0, '_d'), (1.0, 'ab'), (1.0, '<<<'), (1.0, '\x7f'), (1.0, '\U0001f600'),
    (1234567.0, '015,.2f'), (1234567.0, '016,.2f'), (1234567.0, '017,.2f'), (1234.5, '0=12,'),
    (1234.5, 'x=12,'), (1e300, ',.0f'), (-1e10, '030_.3f'), (math.inf, '010,'),
    (math.nan, '0=10_'), (-math.inf, '=+12'), (math.nan, '^+9'), (-math.nan, 'z'),
]:
    emit('F', frepr(x), spec, lambda x=x, spec=spec: format(x, spec))

# ---------------------------------------------------------------- int format
ITYPES = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%']
IVALS = [0, 1, -1, 7, 10, 65, 255, -255, 1000, 4096, 65535, 1234567, -1234567, 0x10ffff,
         0x110000, 0xd7ff, 0xe000, 2**31, 2**32, 2**53 + 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
         2**64, 2**100, -2**100, 10**30, 10**308, 2**1024, 2**1024 - 2**970, 2**1024 - 2**971,
         2**1024 - 2**970 - 1, -(2**1024), 12345678901234567890123456789, 10**400]
for _ in range(int(60 * SCALE)):
    IVALS.append(random.getrandbits(random.randint(1, 200)) * random.choice([1, -1]))
for v in [0, 1, -1, 255, 2**100, -(10**20), 1234567]:
    for t in ITYPES:
        for spec in [t, '#' + t, '+' + t, ' ' + t, '_' + t, ',' + t, '010' + t, '#012_' + t,
                     '<12' + t, '^13' + t, '=+12' + t, 'x>14,' + t]:
            emit('I', str(v), spec, lambda v=v, spec=spec: format(v, spec))
for _ in range(int(1800 * SCALE)):
    v = random.choice(IVALS)
    spec = rand_spec(ITYPES, precision=random.random() < 0.3)
    if any(c in spec for c in 'fF%') and abs(v) > 10**60:
        continue
    emit('I', str(v), spec, lambda v=v, spec=spec: format(v, spec))
for _ in range(int(300 * SCALE)):
    v = random.choice(IVALS)
    spec = junk_spec()
    if abs(v) > 10**60:
        continue
    emit('I', str(v), spec, lambda v=v, spec=spec: format(v, spec))
for v in [65, 0, 0x10ffff, 0x110000, -1, 2**63, -2**63, -2**63 - 1, 0xe9, 0x1f600]:
    for spec in ['c', '5c', '<5c', '^5c', '05c', '+c', '#c', 'zc', ',c', '_c', '.2c', '=5c']:
        emit('I', str(v), spec, lambda v=v, spec=spec: format(v, spec))

# ---------------------------------------------------------------- str format
SVALS = ['', 'a', 'ab', 'hello', 'h\u00e9llo', '\u65e5\u672c\u8a9e', 'emoji \U0001f389!',
         'tab\there', 'x' * 30, ' ', '0', '-5', 'caf\u00e9\u0301']
for _ in range(int(900 * SCALE)):
    s = random.choice(SVALS)
    spec = rand_spec(['', '', '', 's', 's', 'd', 'r', 'c', 'x'])
    emit('S', s, spec, lambda s=s, spec=spec: format(s, spec))
for _ in range(int(200 * SCALE)):
    s = random.choice(SVALS)
    spec = junk_spec()
    emit('S', s, spec, lambda s=s, spec=spec: format(s, spec))
for s in SVALS[:6]:
    for spec in ['', '<8', '>8', '^8', '*^9', '0', '08', '<08', '.2', '8.3', '\u00e9>7',
                 '=8', '+', ' ', '-', 'z', '#', ',', '_', '.0', '.', 's', '.2147483648']:
        emit('S', s, spec, lambda s=s, spec=spec: format(s, spec))

# ---------------------------------------------------------------- round(x, n) and round(x)
RVALS = TRICKY + random_floats(150) + [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005,
                                       5e-324, 1e-320, 1.7976931348623157e308, 1e308, 4.5e307,
                                       0.285, 1.115, 2.345, 5.015, 10.5, 15.5, 25.0, 35.0]
NDIGITS = list(range(-4, 12)) + [-20, -100, -300, -307, -308, -309, 15, 16, 17, 20, 300, 320,
                                  322, 323, 324, 400, -10**6, 10**6]
for x in RVALS:
    for nd in [0, 2] + random.sample(NDIGITS, max(1, int(len(NDIGITS) * min(1.0, SCALE / 3)))):
        emit('O', frepr(x), str(nd), lambda x=x, nd=nd: frepr(round(x, nd)))
for x in RVALS:
    if math.isfinite(x):
        emit('H', frepr(x), '', lambda x=x: str(round(x)))

# ---------------------------------------------------------------- float(str)
PSTRS = ['1', '1.5', ' 1.5 ', '\t-2.5e3\n', '+.5', '-.5', '5.', '.', '', ' ', 'e5', '1e', '1e+',
         '1e+5', '1E-5', '1_000', '1__000', '_1', '1_', '1_.5', '1._5', '1.5_5', '1e1_0', '1e_10',
         'inf', '-inf', '+inf', 'Infinity', '-INFINITY', 'infinit', 'infinityy', 'nan', '-nan',
         'NaN', '+nAn', 'nan(1)', ' nan ', 'in f', '0x10', '1,5', '1.5.5', '--1', '+-1', '1e500',
         '-1e500', '1e-500', '2.4703282292062327e-324', '2.4703282292062328e-324',
         '1.7976931348623158e308', '1.7976931348623159e308', '0.1', '00001', '1' * 400,
         '0.' + '0' * 300 + '1', '\u0661\u0662\u0663', '\u0661.\u0665', '\u00a01.5\u2003',
         '\u30001\u3000', '\x1c1\x1f', '1\x00', '\u00bd', '\uff11\uff12', '1 2', '+', '-', 'i',
         '  -0  ', '-0.0', '0e0', '.e1', '1.e1', '9' * 30 + 'e-30', '٣.١٤', '1_2_3.4_5e1_0',
         '\u2028-1\u2029', '\x851', '\u180e1', '1\u200b', 'infinity ', '-\u0661']
for s in PSTRS:
    def conv(s=s):
        return frepr(float(s))
    res = run(conv)
    if res.startswith('!'):
        res = '!'
    out.append('\t'.join(['P', esc(s), '', esc(res)]))
for x in random_floats(250):
    for s in [repr(x), '%.25e' % x, '%.17g' % x]:
        out.append('\t'.join(['P', esc(s), '', esc('=' + frepr(float(s)))]))

# ---------------------------------------------------------------- percent formatting
pvals = TRICKY + random_floats(100)
for _ in range(int(1500 * SCALE)):
    x = random.choice(pvals)
    flags = ''.join(random.sample('-+ #0', random.randint(0, 3)))
    width = random.choice(['', '', str(random.randint(0, 20))])
    prec = random.choice(['', '', '.' + str(random.randint(0, 20))])
    conv = random.choice('eEfFgGeEfFgGrs')
    if conv in 'fF' and abs(x) > 1e60:
        continue
    spec = flags + width + prec + conv
    emit('%', frepr(x), spec, lambda x=x, spec=spec: ('%' + spec) % x)

sys.stdout.write('\n'.join(out) + '\n')
