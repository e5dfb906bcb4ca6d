"""Generates the tables of crates/pycore/src/set_table.rs's tests from CPython 3.12: the order in which
real sets iterate after each operation of small scenarios.

  PYENV_VERSION=3.12.1 python3.12 scripts/tables/set_table.py crates/pycore/tests/tables

writes three files (`make regen-tables` runs it):
  set_table_scenarios.txt  hand-written scenarios: one `operation<TAB>transcript line` a line,
                           scenarios separated by an empty line
  set_table_random.txt     `seed fnv64` a line: the FNV-1a 64 hash of the transcript of the
                           random scenario built from that seed (the Rust tests rebuild the same
                           operations from the seed with the same splitmix64 PRNG)
  set_table_big.txt        the operations of one scenario on larger sets, one a line, then a
                           last line `= fnv64` of its transcript

The scenario language: `new N`, `set N k...` (set(list)), `lit N k...` (a set display),
`add|discard|update N k...`, `pop N`, `clear N`, `copy|fromset N M`, `dict|udict N k...`
(set(dict.fromkeys(...)), set.update of one), `or|and|sub|xor N M O` (N = M op O),
`ior|iand|isub|ixor N M` (N op= M), `interiter|diffiter N M k...` (N = M.intersection(list),
M.difference(list)), `xoriter N k...` (N ^= list), `fhash N` (hash(frozenset(N))) and
`thash key`. Keys are ints, floats, None and tuples of those, written as Python literals.
A transcript line is repr(list(N)) after the operation; `pop` gives `popped [list]` or
`KeyError [list]`, the hashes give the number.
"""
import ast
import sys
from pathlib import Path


def count_up_to(n):
    return ' '.join(str(i) for i in range(n))


def keys_text(values):
    return ' '.join(str(v) for v in values)


# Each scenario exercises one behaviour of CPython's set table: insertion order in a small
# table, resizing, dummies left by deletions, pop's finger, the in-place operators' identity
# shortcuts, set displays built from frozenset constants, and tuple hashes.
SCENARIOS = [
    [
        'lit A 3 1 2',
        'lit B 10 1 100',
        'set C 3 1 2',
        'lit D 3 1',
        'new E',
        'add E 3 1 2',
    ],
    [
        'set A ' + count_up_to(20),
        'discard A 3 5 7 11 13 17 19',
        'add A 100 35 51',
        'pop A',
        'pop A',
        'pop A',
    ],
    [
        'set A -1 -2 2305843009213693952 2305843009213693951 0 1 2',
        'add A 18446744073709551616 -9223372036854775808',
        'lit B -1 -2 2305843009213693952 2305843009213693951 0 1 2',
    ],
    [
        'lit A 5 13 21 29 37',
        'set B 5 13 21 29 37',
        'copy C B',
        'fromset D B',
        'or E A B',
    ],
    [
        'set A 1 1.0 2 2.5 None',
        'set B 1.0 1 2 2.0',
        'lit C 1.0 1 2 3',
        'discard C 1',
        'add C 1',
    ],
    [
        'set A (1,2) (2,1) (1,) () None (None,None)',
        'thash (1,2)',
        'thash ()',
        'thash (1,)',
        'thash ((1,2),3)',
        'fhash A',
        'set B',
        'fhash B',
        'set C 1 2 3',
        'fhash C',
    ],
    [
        'set A 0 3 6 9 12 15 18 21 24 27 30 33 36 39',
        'set B 0 2 4 6 8 10 12 14 16 18 20 22 24 26 28 30 32 34 36 38',
        'or C A B',
        'and D A B',
        'sub E A B',
        'xor F A B',
        'and G B A',
        'sub H B A',
        'xor I B A',
        'or J B A',
    ],
    [
        'set A ' + count_up_to(100),
        'set B 5 50 500',
        'sub C A B',
        'and D A B',
        'and E B A',
        'isub A B',
        'add A 5 50',
        'pop A',
        'pop A',
    ],
    [
        'set A 1 2 3',
        'set B ' + count_up_to(60),
        'isub A B',
        'set A 1 2 3 99',
        'sub C A B',
        'ixor A B',
    ],
    [
        'set A ' + count_up_to(30),
        'pop A',
        'pop A',
        'clear A',
        'add A 8 16 9',
        'pop A',
        'pop A',
        'pop A',
        'pop A',
    ],
    [
        'dict A 9 1 17 25 2',
        'set B 9 1 17 25 2',
        'new C',
        'udict C 7 15 23 31 39 47',
        'update C 1 2 3',
    ],
    [
        'set A 0 1 2 3 4 5 6 7 8 9 10 11',
        'interiter B A 11 3 40 5 3',
        'diffiter C A 0 1 2 3',
        'xoriter A 1 100 2 200 100',
        'lit D 8 16 24 32 40',
        'iand D A',
        'ior D A',
    ],
    [
        'set A ' + count_up_to(50),
        'discard A ' + count_up_to(45),
        'add A 1000',
        'set B 7',
        'isub A B',
        'add A 1 2 3',
    ],
    [
        'new A',
        'pop A',
        'add A 0',
        'pop A',
        'pop A',
        'add A -1 -2',
        'pop A',
    ],
    [
        'set A ' + count_up_to(40),
        'discard A ' + count_up_to(30),
        'pop A',
        'iand A A',
        'pop A',
        'add A 64 128 1 2',
        'ior A A',
        'add A 256',
        'set B ' + count_up_to(20),
        'discard B 1 2 3',
        'ixor B B',
        'add B 8 0',
        'set C 1 2 3',
        'isub C C',
        'add C 8 0',
        'set D 0 1 2 3 4 5 6 7 8 9',
        'xor E D D',
        'add E 8 0',
        'sub F D D',
        'add F 8 0',
        'and G D D',
        'or H D D',
    ],
]


def parse_keys(tokens):
    return [ast.literal_eval(t) for t in tokens]


def run_op(sets, line):
    """Runs one operation on real sets and returns its transcript line."""
    t = line.split(' ')
    op, name = t[0], t[1] if len(t) > 1 else ''

    def get(n):
        return sets.setdefault(n, set())

    if op == 'new':
        result = set()
    elif op in ('add', 'update'):
        result = get(name)
        if op == 'add':
            for k in parse_keys(t[2:]):
                result.add(k)
        else:
            result.update(parse_keys(t[2:]))
    elif op == 'discard':
        result = get(name)
        for k in parse_keys(t[2:]):
            result.discard(k)
    elif op == 'pop':
        result = get(name)
        try:
            popped = repr(result.pop())
        except KeyError:
            popped = 'KeyError'
        return '%s %r' % (popped, list(result))
    elif op == 'clear':
        result = get(name)
        result.clear()
    elif op == 'set':
        result = set(parse_keys(t[2:]))
    elif op == 'lit':
        # Compiled as a display, so that three or more constants become a frozenset constant.
        result = eval('{%s}' % ', '.join(t[2:]))
    elif op == 'copy':
        result = get(t[2]).copy()
    elif op == 'fromset':
        result = set(get(t[2]))
    elif op == 'dict':
        result = set(dict.fromkeys(parse_keys(t[2:])))
    elif op == 'udict':
        result = get(name)
        result.update(dict.fromkeys(parse_keys(t[2:])))
    elif op in ('or', 'and', 'sub', 'xor'):
        a, b = get(t[2]), get(t[3])
        result = {'or': a.__or__, 'and': a.__and__, 'sub': a.__sub__, 'xor': a.__xor__}[op](b)
    elif op in ('ior', 'iand', 'isub', 'ixor'):
        result = get(name)
        other = get(t[2])
        {'ior': result.__ior__, 'iand': result.__iand__, 'isub': result.__isub__,
         'ixor': result.__ixor__}[op](other)
    elif op == 'interiter':
        result = get(t[2]).intersection(parse_keys(t[3:]))
    elif op == 'diffiter':
        result = get(t[2]).difference(parse_keys(t[3:]))
    elif op == 'xoriter':
        result = get(name)
        result.symmetric_difference_update(parse_keys(t[2:]))
    elif op == 'fhash':
        return str(hash(frozenset(get(name))))
    elif op == 'thash':
        return str(hash(ast.literal_eval(t[1])))
    else:
        raise ValueError('unknown operation ' + op)
    sets[name] = result
    return repr(list(result))


def transcript(ops):
    sets = {}
    return [run_op(sets, op) for op in ops]


def fnv64(text):
    h = 0xcbf29ce484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return '%016x' % h


class Rand:
    """splitmix64, mirrored by the Rust tests' Rand: both build the same scenario from a seed."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def unit(self):
        return (self.next() >> 11) / 9007199254740992.0

    def range(self, a, b):
        return a + self.below(b - a)

    def pick(self, items):
        return items[self.below(len(items))]


POW2S = [8, 16, 32, 64, 128, 256, 512, 1024]
# Around the hash modulus 2**61 - 1 and the i64 limits, and the two ints that hash alike.
BIGS = ['2305843009213693951', '2305843009213693952', '2305843009213693957',
        '-2305843009213693955', '9223372036854775808', '-9223372036854775808',
        '18446744073709551623', '100000000000000000000', '-1', '-2']
FLOATS = ['0.5', '1.0', '2.5', '-0.25', '3.0', '7.75', 'None', '100.0']
NAMES = ['A', 'B', 'C']
RANDOM_SEEDS = range(400)


def rand_key(r):
    c = r.unit()
    if c < 0.55:
        return str(r.range(-5, 70))
    if c < 0.7:
        p = POW2S[r.below(8)]
        return str(p * r.range(1, 9))
    if c < 0.8:
        return r.pick(BIGS)
    if c < 0.9:
        return r.pick(FLOATS)
    a = r.below(5)
    return '(%d,%d)' % (a, r.below(5))


def scenario_from_seed(seed):
    r = Rand(seed)
    ops = []
    for n in NAMES:
        k = r.below(30)
        ops.append(' '.join(['set', n] + [rand_key(r) for _ in range(k)]))
    for _ in range(40):
        c = r.unit()
        n, m, o = r.pick(NAMES), r.pick(NAMES), r.pick(NAMES)
        k = r.range(1, 12)
        ks = ' '.join(rand_key(r) for _ in range(k))
        if c < 0.2:
            op = 'add %s %s' % (n, ks)
        elif c < 0.32:
            op = 'discard %s %s' % (n, ks)
        elif c < 0.4:
            op = 'pop %s' % n
        elif c < 0.46:
            op = 'lit %s %s' % (n, ks)
        elif c < 0.5:
            op = 'copy %s %s' % (n, m)
        elif c < 0.66:
            op = '%s %s %s %s' % (r.pick(['or', 'and', 'sub', 'xor']), n, m, o)
        elif c < 0.8:
            name = r.pick(['ior', 'iand', 'isub', 'ixor'])
            if n == m:
                continue
            op = '%s %s %s' % (name, n, m)
        elif c < 0.85:
            op = 'update %s %s' % (n, ks)
        elif c < 0.88:
            op = 'interiter %s %s %s' % (n, m, ks)
        elif c < 0.91:
            op = 'diffiter %s %s %s' % (n, m, ks)
        elif c < 0.94:
            op = 'xoriter %s %s' % (n, ks)
        elif c < 0.96:
            op = 'dict %s %s' % (n, ks)
        elif c < 0.98:
            op = 'clear %s' % n
        else:
            op = 'fhash %s' % n
        ops.append(op)
    return ops


# Thousands of keys: several resizes, and set operations between large tables.
BIG_OPS = [
    'set A ' + keys_text(range(0, 3000, 7)),
    'discard A ' + keys_text(range(0, 3000, 14)),
    'add A ' + keys_text(range(-500, 0, 3)),
    'set B ' + keys_text(range(0, 2000, 5)),
    'and C A B',
    'or D A B',
    'sub E A B',
    'xor F A B',
    'pop A',
    'pop A',
]


def write(path, lines):
    path.with_suffix('.new').write_text(''.join(line + '\n' for line in lines))
    path.with_suffix('.new').replace(path)


def main(out_dir):
    scenario_lines = []
    for i, ops in enumerate(SCENARIOS):
        if i:
            scenario_lines.append('')
        for op, line in zip(ops, transcript(ops)):
            scenario_lines.append(op + '\t' + line)
    write(out_dir / 'set_table_scenarios.txt', scenario_lines)
    write(out_dir / 'set_table_random.txt',
          ['%d %s' % (seed, fnv64('\n'.join(transcript(scenario_from_seed(seed)))))
           for seed in RANDOM_SEEDS])
    write(out_dir / 'set_table_big.txt', BIG_OPS + ['= ' + fnv64('\n'.join(transcript(BIG_OPS)))])


if __name__ == '__main__':
    main(Path(sys.argv[1]))
