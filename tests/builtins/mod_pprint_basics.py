# pprint line breaking of dicts/lists/tuples/sets/strings at several widths, indents, depths,
# compact, sort_dicts, underscore_numbers; isreadable/isrecursive/saferepr.
import pprint, sys
data = {'name': 'looplab', 'tags': ['async', 'sim', 'vm', 'python', 'wasm'] * 3, 'nested': {'a': [1, 2, (3, 4)], 'b': {'x': 1.5, 'y': None}}, 'z': (1,), 'e': [], 's': {3, 1, 2}, 'f': frozenset({5, 4})}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=30)
pprint.pp(data, width=50)
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat(list(range(30))))
long = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(long)
pprint.pprint({'text': long, 'n': 12345678}, underscore_numbers=True)
pprint.pprint([long, 'a\nb\nc' * 10], width=30)
r = [1, 2]; r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
print(pprint.saferepr({'b': 1, 'a': [2, 3]}))
p = pprint.PrettyPrinter(width=20, sort_dicts=False)
p.pprint({'zeta': 1, 'alpha': [10, 20, 30, 40, 50]})
print(p.pformat(('one', 'two', 'three', 'four', 'five')))
print(p.isreadable({'a': 1}), p.isrecursive([]))
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try: pprint.PrettyPrinter(**kw)
    except ValueError as e: print(e)
pprint.pprint([[1, 2, [3, [4, [5, 6]]]]], depth=3)
pprint.pprint({(1, 2): 'tuple key', 1: 'int', 'a': 'str'})
pprint.pprint([{'id': i, 'name': f'user{i}', 'email': f'user{i}@example.com'} for i in range(3)])
pprint.pprint(set(range(30)))
pprint.pprint((1, 2), stream=sys.stdout)
