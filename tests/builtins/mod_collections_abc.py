# collections.abc: structural isinstance/issubclass checks on builtins, generators and
# coroutines, and the Mapping, MutableMapping and Sequence mixin methods.
from collections.abc import *
import collections.abc as cabc
def g(): yield 1
async def co(): pass
async def ag(): yield 1
c = co()
for v in ([], (), {}, set(), "s", 5, g(), c, ag(), iter([]), len, None, {}.keys(), range(3)):
    print(type(v).__name__, [a.__name__ for a in (Iterable, Iterator, Generator, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Callable, Hashable, Sized, Container, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible) if isinstance(v, a)])
c.close()
print(Iterable, cabc.Mapping.__module__)
class M(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = M({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, isinstance(m, dict))
class S(Sequence):
    def __getitem__(self, i): return [1,2,3,2][i]
    def __len__(self): return 4
s = S()
print(list(s), list(reversed(s)), s.index(2), s.count(2), 3 in s)
try: s.index(9)
except ValueError as e: print('VE', e)
try: M(1)
except Exception: pass
class Bad(Mapping): pass
try: Bad()
except TypeError as e: print(e)
class MM(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MM(); mm.update({'x': 1}, y=2); mm.setdefault('z', 3); print(mm.pop('x'), dict(mm), mm.pop('q', None), len(mm))
try: mm.pop('q')
except KeyError as e: print('KE', e)
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable))
class K:
    def m(self): pass
print([isinstance(x, Callable) for x in (K, K().m, K.m, lambda: 0, print, [].append, str.upper, 3, K(), type)])
print(isinstance(K(), Hashable), isinstance(set(), Hashable), isinstance(frozenset(), Set), issubclass(tuple, Reversible))
from collections import Counter, deque, defaultdict, OrderedDict, ChainMap
def f(a: Counter[str], b: deque[int], c: defaultdict[str, list[int]]) -> Mapping[str, int]: pass
print(f.__annotations__)
print(OrderedDict[str, int], ChainMap[str, int], Iterable[int], AsyncIterator[str], Callable[..., int], MutableMapping[str, float])
print(Counter[str]('aab'), isinstance(Counter(), MutableMapping), isinstance(deque(), Sequence))
