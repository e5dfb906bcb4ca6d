# pprint of collections' containers: empty ones, bounded deques, long defaultdicts and
# OrderedDicts wrapped across lines, named tuples, and a compact Counter.
import pprint
from collections import Counter, OrderedDict, defaultdict, deque, ChainMap, namedtuple
P = namedtuple('P', 'x y')
for v in (Counter(), defaultdict(int), OrderedDict(), deque(), deque(maxlen=2), ChainMap({'a': 1}), P(1, 2),
          deque(range(30), maxlen=40), defaultdict(list, {f'k{i}': list(range(i)) for i in range(8)}), OrderedDict((f'key{i}', 'v' * i) for i in range(9)), [P(i, 'x' * 20) for i in range(3)]):
    pprint.pprint(v, width=40)
print(pprint.pformat(Counter('hello world'), compact=True, width=30))
