# Every itertools function: results, reprs, islice's errors, groupby's shared iterator, and
# what each consumes from a noisy generator and when.
from itertools import *
import itertools
print(count(5), count(1, 2), count(1.5), count(2, 1.0), repeat('a', 3), repeat('a'), repeat(1, -2))
c = count(10, 5); print(next(c), next(c), c)
print(list(islice(count(), 5)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, 6, 2)), list(islice('abc', 1, 1)))
for args in [(-1,), (1, -1), ('a',), (0, 5, 0), (0, 5, -1), (None, 3, 'x')]:
    try: islice('abc', *args)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(list(accumulate([1,2,3,4])), list(accumulate([1,2,3], initial=100)), list(accumulate([3,1,4], max)), list(accumulate([], initial=0)))
print(list(batched('ABCDEFG', 3)))
try: batched('a', 0)
except ValueError as e: print(e)
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1,0,1,0,1,1])), list(dropwhile(lambda x: x<5, [1,4,6,3,8])), list(takewhile(lambda x: x<5, [1,4,6,3,8])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
gs = list(groupby('AAABBC'))
print([(k, list(g)) for k, g in gs])
g = groupby('aabbc'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g1), list(g2))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(starmap(pow, [(2,5), (3,2)])))
a, b = tee(iter([1,2,3])); print(next(a), next(a), list(b), list(a))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)))
try: permutations('abc', -1)
except ValueError as e: print(e)
try: count('a')
except TypeError as e: print(e)
cy = cycle('ab'); print([next(cy) for _ in range(5)])
def noisy(n):
    for i in range(n):
        print('gen', i); yield i
it = islice(noisy(10), 2, 6, 3)
print('made'); print(list(it))
z = zip_longest(noisy(2), noisy(3)); print(list(z))
print(list(tee('abc', 3)[2]), tee('a', 0))
for f in (lambda: zip_longest('a', 1), lambda: list(starmap(pow, [1])), lambda: combinations('abc', 'x'),
          lambda: permutations('abc', 'x'), lambda: combinations_with_replacement('a', 1.5), lambda: list(chain(1)),
          lambda: islice(1, 2), lambda: product(1), lambda: cycle(1), lambda: repeat('a', 'b'), lambda: tee('a', 'x'),
          lambda: count(1, 'a'), lambda: compress(1, []), lambda: accumulate(5), lambda: groupby(3), lambda: batched('ab', 1.0),
          lambda: list(pairwise(2)), lambda: dropwhile(len, 3), lambda: next(count(start='a'))):
    try: f(); print('no error')
    except TypeError as e: print(e)
print(count(start=3, step=2), count(step=-1), next(count(True)), count(10**20), count(1.5, 1))
c = count(5); next(c); print(c, repr(c), str(c))
print(type(count()), type(islice('a', 1)).__name__)
print(list(islice(count(), 0, 10, 3)), list(islice('abcdef', 4, 2)), list(islice('abc', None)), list(islice('abcdef', None, None, 2)))
try: islice('a', 10**20)
except ValueError as e: print(e)
for n in range(5):
    for r in range(6):
        print(n, r, list(permutations(range(n), r)) == sorted(permutations(range(n), r)), len(list(permutations('abcd'[:n], r))), list(combinations('abcd'[:n], r)), list(combinations_with_replacement('abc'[:n], r)))
print(list(permutations('abc')), list(batched(iter('abcdefg'), 2)), list(islice(cycle('xy'), 5)), list(cycle([])))
