"""Generates the tables of crates/pycore/src/random.rs's tests from CPython 3.12's random module.

  PYENV_VERSION=3.12.1 python3.12 scripts/tables/random_module.py crates/pycore/tests/tables

writes (`make regen-tables` runs it):
  random_script_*.txt   scripts: `seed KIND VALUE [EXTRA]` lines reseed the generator, every
                        other line is `op args... => expected`
  random_float_hashes.txt  `x hash(x)` a line
  random_lgamma.txt        `x bits` a line: math.lgamma(x) as the 16 hex digits of its bits

Seeds: `int N`, `str HEX` and `bytes HEX` (UTF-8 or raw bytes in hex, `-` when empty),
`float X`, `intpow BASE EXP` (the int BASE**EXP), `strrep HEX COUNT` (the string repeated),
`strv1 HEX` and `bytesv1 HEX` (seed(..., version=1)).
Operations work on indices: `choice n` is choice(range(n)), `shuffle n` shuffles
list(range(n)), `sample n k`, `samplec n k counts`, `choices n k weights cum_weights` (`-` for
none); `rr1 a`, `rr1s a step`, `rr2 a b`, `rr3 a b step` are randrange with 1 to 3 arguments,
`below n` is _randbelow(n), `bits n` getrandbits(n), `rsum n` the sum of n random() and
`sum32 n` of n getrandbits(32); `normal`, `expo`, `lognorm`, `vonmises`, `gamma`, `beta`,
`pareto`, `weibull` and `binomial` are the ...variate functions. Floats are written as repr,
lists as [i,j,...], bytes in hex, `state` as `index word0 word623 gauss_next` of getstate(),
and an exception as `!ExceptionName message`.
"""
import math
import random
import struct
import sys
from pathlib import Path

SEEDS = [('int', 0), ('int', 1), ('int', 7), ('int', 42), ('int', 4294967301), ('int', 2**100),
         ('int', -3), ('str', 'hello'), ('str', ''), ('float', 3.5)]
# Seeds of every kind, beyond a 32-bit word, and both seed versions.
EXTRA_SEEDS = [('int', 2**32 - 1), ('int', 2**32), ('int', 2**64 - 1), ('int', -2**100 - 1),
               ('int', 10**50), ('int', 123456789), ('str', 'h\xe9llo \u2713'), ('str', 'a' * 200),
               ('bytes', b'\x00\xff'), ('bytes', b''), ('float', -3.5), ('float', 1e300),
               ('float', -0.0), ('float', math.inf), ('float', -math.inf), ('float', 0.1),
               ('float', 5e-324), ('float', 1.0), ('float', -1.0), ('float', 2.0**70)]
LONG_SEEDS = [('intpow', 3, 20000), ('intpow', -7, 9001), ('strrep', 'a', 3000),
              ('strrep', '\xe9\u2713', 1000)]
VERSION_1_SEEDS = [('strv1', ''), ('bytesv1', b'\x00\xffab'), ('strv1', 'h\xe9llo \u2713')]

SEQ = ['random'] * 20
BITS = ['bits %d' % n for n in (0, 1, 5, 31, 32, 33, 64, 65, 100, 128, 129, 200)] + ['random'] * 2
RANGES = [
    'rr1 10', 'rr1 1', 'rr1 2', 'rr1 2147483648', 'rr1 4294967296', 'rr1 4294967297',
    'rr1 18446744073709551616', 'rr1 %d' % 10**30, 'rr2 -5 5', 'rr2 0 1',
    'rr2 -9223372036854775808 9223372036854775807', 'rr2 %d %d' % (-10**40, 10**40),
    'rr3 0 100 7', 'rr3 100 0 -3', 'rr3 10 0 -1', 'rr3 0 %d 3' % 10**25,
    'rr3 %d %d %d' % (2**70, -2**70, -2**65 - 3), 'rr3 -7 7 2',
    'randint 1 6', 'randint 1 6', 'randint 1 6', 'randint -9223372036854775808 9223372036854775807',
    'randint 0 0', 'randint %d %d' % (10**20, 10**20 + 5),
    'below 717897987691852588770249', 'below %d' % (2**128 - 1), 'below %d' % 2**128,
    'below %d' % (2**128 + 1), 'random']
SEQOPS = [
    'choice 1', 'choice 10', 'choice 1000', 'choice 3000000000',
    'shuffle 0', 'shuffle 1', 'shuffle 2', 'shuffle 10', 'shuffle 30',
    # sample switches between its set and list strategies at these sizes.
    'sample 10 10', 'sample 10 3', 'sample 21 5', 'sample 22 5', 'sample 85 6', 'sample 86 6',
    'sample 277 22', 'sample 278 22', 'sample 1000 20', 'sample 100000 30', 'sample 1 1',
    'sample 5 0', 'samplec 4 5 3,0,2,4', 'samplec 3 3 1,1,1', 'samplec 3 4 5,-2,3',
    'choices 10 5 - -', 'choices 1 3 - -', 'choices 3 6 1.0,2.0,3.0 -',
    'choices 3 6 - 1.0,3.0,6.0', 'choices 4 5 0.5,-0.1,2.0,1.0 -', 'choices 1 3 2.0 -',
    'choices 5 0 - -', 'choices 5 -2 1.0,1.0,1.0,1.0,1.0 -', 'random']
DISTS = [
    'uniform 0.0 1.0', 'uniform -5.0 5.0', 'uniform 10.0 2.0', 'triangular 0.0 1.0 -',
    'triangular 0.0 10.0 2.0', 'triangular 5.0 5.0 5.0', 'triangular 0.0 1.0 1.5',
    'triangular 3.0 -1.0 0.5', 'gauss 0.0 1.0', 'gauss 0.0 1.0', 'gauss 0.0 1.0',
    'gauss 10.0 2.0', 'normal 0.0 1.0', 'normal 0.0 1.0', 'normal 5.0 0.5', 'expo 1.0',
    'expo 0.25', 'expo -2.0', 'lognorm 0.0 1.0', 'lognorm 1.5 0.25', 'vonmises 0.0 0.0',
    'vonmises 1.0 4.0', 'vonmises 3.0 0.5', 'vonmises -2.0 50.0', 'gamma 0.5 1.0',
    'gamma 1.0 2.0', 'gamma 2.5 1.0', 'gamma 30.0 0.1', 'gamma 0.05 3.0', 'beta 2.0 3.0',
    'beta 0.5 0.5', 'pareto 2.0', 'pareto 0.5', 'weibull 1.0 2.0', 'weibull 2.0 0.7',
    'binomial 10 0.3', 'binomial 1 0.5', 'binomial 100 0.2', 'binomial 1000 0.7',
    'binomial 50 0.01', 'binomial 1000000 0.4', 'binomial 25 0.5', 'binomial 0 0.5',
    'randbytes 0', 'randbytes 5', 'randbytes 13', 'random']
# Calls interleaved so that each one starts from the state the previous ones left (gauss keeps a
# spare value in the state).
MIXED = ['random', 'gauss 0.0 1.0', 'randint 1 100', 'state', 'choice 7', 'random',
         'gauss 0.0 1.0', 'gauss 0.0 1.0', 'shuffle 5', 'bits 40', 'normal 0.0 1.0',
         'sum32 700', 'state', 'rsum 400', 'sample 50 7', 'uniform 1.0 2.0', 'gauss 1.0 1.0',
         'state']
MIXED_AFTER_RESEED = ['state', 'gauss 0.0 1.0', 'random', 'rr3 0 1000000 13',
                      'choices 6 4 - -', 'expo 3.0', 'rsum 1000', 'random']
EXTRA_SEED_OPS = ['random'] * 6 + MIXED[1:11]
LONG_SEED_OPS = ['random', 'random', 'bits 100', 'sum32 1000', 'random']
ERRORS = [
    'rr1 0', 'rr1 -3', 'rr1s 10 2', 'rr1s 10 1', 'rr2 5 5', 'rr2 5 4', 'rr3 5 5 1', 'rr3 1 10 0',
    'rr3 10 1 2', 'rr3 1 10 -1', 'rr2 %d %d' % (10**30, 10**30), 'randint 5 3',
    'rr3 %d 0 %d' % (10**30, 10**29), 'random', 'choice 0', 'sample 3 4', 'sample 3 -1',
    'sample 0 0', 'samplec 2 1 1', 'samplec 2 1 0,0', 'samplec 0 0 -', 'samplec 2 3 1,1',
    'random', 'choices 2 2 1.0 -', 'choices 2 2 0.0,0.0 -', 'choices 2 2 1.0,inf -',
    'choices 2 2 1.0,2.0 1.0,2.0', 'choices 2 2 1.0,nan -', 'choices 0 2 - -', 'choices 0 2 - -',
    'choices 0 0 - -', 'random', 'expo 0.0', 'lognorm 1000.0 1.0', 'pareto 0.0', 'pareto 1e-300',
    'weibull 1.0 0.0', 'gamma 0.0 1.0', 'gamma 1.0 -1.0', 'binomial -1 0.5', 'binomial 3 1.5',
    'binomial 3 0.0', 'binomial 3 1.0', 'bits 0', 'randbytes 0', 'randbytes -1',
    'triangular 1.0 1.0 -', 'random']


def hex_or_dash(data):
    return data.hex() if data else '-'


def seed_line(seed):
    kind, value = seed[0], seed[1]
    if kind in ('str', 'strv1'):
        text = hex_or_dash(value.encode())
    elif kind in ('bytes', 'bytesv1'):
        text = hex_or_dash(value)
    elif kind == 'float':
        text = repr(value)
    elif kind == 'strrep':
        text = '%s %d' % (value.encode().hex(), seed[2])
    else:
        text = ' '.join(str(v) for v in seed[1:])
    return 'seed %s %s' % (kind, text)


def reseed(r, seed):
    kind, value = seed[0], seed[1]
    if kind == 'intpow':
        r.seed(value ** seed[2])
    elif kind == 'strrep':
        r.seed(value * seed[2])
    elif kind in ('strv1', 'bytesv1'):
        r.seed(value, version=1)
    else:
        r.seed(value)


def floats(text):
    return None if text == '-' else [float(x) for x in text.split(',')]


def index_list(items):
    return '[%s]' % ','.join(str(i) for i in items)


def call(r, line):
    op, *a = line.split(' ')
    if op == 'random':
        return repr(r.random())
    if op == 'rsum':
        total = 0.0
        for _ in range(int(a[0])):
            total += r.random()
        return repr(total)
    if op == 'sum32':
        return str(sum(r.getrandbits(32) for _ in range(int(a[0]))))
    if op == 'bits':
        return str(r.getrandbits(int(a[0])))
    if op == 'below':
        return str(r._randbelow(int(a[0])))
    if op == 'rr1':
        return str(r.randrange(int(a[0])))
    if op == 'rr1s':
        return str(r.randrange(int(a[0]), None, int(a[1])))
    if op in ('rr2', 'rr3', 'randint'):
        fn = r.randint if op == 'randint' else r.randrange
        return str(fn(*[int(x) for x in a]))
    if op == 'choice':
        return str(r.choice(range(int(a[0]))))
    if op == 'shuffle':
        items = list(range(int(a[0])))
        r.shuffle(items)
        return index_list(items)
    if op == 'sample':
        return index_list(r.sample(range(int(a[0])), int(a[1])))
    if op == 'samplec':
        counts = [] if a[2] == '-' else [int(c) for c in a[2].split(',')]
        return index_list(r.sample(range(int(a[0])), int(a[1]), counts=counts))
    if op == 'choices':
        # A list, not a range: the IndexError message of an empty population names the type.
        return index_list(r.choices(list(range(int(a[0]))), floats(a[2]),
                                    cum_weights=floats(a[3]), k=int(a[1])))
    if op == 'triangular':
        mode = None if a[2] == '-' else float(a[2])
        return repr(r.triangular(float(a[0]), float(a[1]), mode))
    if op == 'binomial':
        return str(r.binomialvariate(int(a[0]), float(a[1])))
    if op == 'randbytes':
        return hex_or_dash(r.randbytes(int(a[0])))
    if op == 'state':
        _, words, gauss_next = r.getstate()
        return '%d %d %d %r' % (words[624], words[0], words[623], gauss_next)
    distributions = {
        'uniform': r.uniform, 'gauss': r.gauss, 'normal': r.normalvariate,
        'expo': r.expovariate, 'lognorm': r.lognormvariate, 'vonmises': r.vonmisesvariate,
        'gamma': r.gammavariate, 'beta': r.betavariate, 'pareto': r.paretovariate,
        'weibull': r.weibullvariate,
    }
    return repr(distributions[op](*[float(x) for x in a]))


def outcome(r, line):
    try:
        return call(r, line)
    except (ValueError, TypeError, IndexError, ZeroDivisionError, OverflowError) as e:
        return '!%s %s' % (type(e).__name__, e)


def script(groups):
    """groups: (seed, operations) pairs; a seed of None keeps the generator's state."""
    r = random.Random()
    lines = []
    for seed, ops in groups:
        if seed is not None:
            lines.append(seed_line(seed))
            reseed(r, seed)
        lines += ['%s => %s' % (op, outcome(r, op)) for op in ops]
    return lines


SCRIPTS = {
    'seq': [(s, SEQ) for s in SEEDS],
    'bits': [(s, BITS) for s in SEEDS],
    'ranges': [(s, RANGES) for s in SEEDS],
    'seqops': [(s, SEQOPS) for s in SEEDS],
    'dists': [(s, DISTS) for s in SEEDS],
    'mixed': [g for s in SEEDS for g in ((s, MIXED), (s, MIXED_AFTER_RESEED))],
    'extra_seeds': [(s, EXTRA_SEED_OPS) for s in EXTRA_SEEDS]
    + [(s, LONG_SEED_OPS) for s in LONG_SEEDS]
    + [(('strv1', 'hello'), ['random', 'random'])]
    + [(s, ['random']) for s in VERSION_1_SEEDS],
    'errors': [(('int', 0), ERRORS)],
}

# hash(float): zeros, ints, subnormals, the modulus 2**61 - 1 and its neighbours, infinities.
FLOAT_HASH_INPUTS = [0.0, -0.0, 1.0, -1.0, 3.5, -3.5, 0.1, 1e300, -1e300, 5e-324,
                     2.2250738585072014e-308, 2.0**61, 2.0**61 - 512, 1.7976931348623157e308,
                     math.inf, -math.inf, 123.456, -2.5e-200, 2.0**60, 2.0**62]
# lgamma: the integers where it is exact or nearly so, halves, tiny and huge arguments.
LGAMMA_FIXED = ([float(n) for n in range(1, 60)]
                + [100.0, 1000.0, 12345.0, 1e6, 1e12, 1e18, 9e18, 0.5, 1.5, 2.5, 3.7, 4.99, 5.0,
                   5.01, 0.001, 1e-25, 7.3e10])
LGAMMA_RANDOM = [(0.5, 10.0, 30), (1e5, 1e7, 30)]


def lgamma_inputs():
    draw = random.Random(20240612)
    xs = list(LGAMMA_FIXED)
    for lo, hi, count in LGAMMA_RANDOM:
        xs += [draw.uniform(lo, hi) for _ in range(count)]
    return xs


def float_bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def write(path, lines):
    path.with_suffix('.new').write_text(''.join(line + '\n' for line in lines))
    path.with_suffix('.new').replace(path)


def main(out_dir):
    for name, groups in SCRIPTS.items():
        write(out_dir / ('random_script_%s.txt' % name), script(groups))
    write(out_dir / 'random_float_hashes.txt',
          ['%r %d' % (x, hash(x)) for x in FLOAT_HASH_INPUTS])
    write(out_dir / 'random_lgamma.txt',
          ['%r %s' % (x, float_bits(math.lgamma(x))) for x in lgamma_inputs()])


if __name__ == '__main__':
    main(Path(sys.argv[1]))
