# hash(None) is a constant in CPython 3.12, and tuples and frozensets hash from their items'
# hashes, so sets holding None and tuples iterate in an order fixed by those hashes.
print(hash(None), hash((None, 1)), hash((1, 2)), hash(()), hash((None,)))
print(hash(frozenset({None, 1})), hash(frozenset()))
print({None, 7, 0, 3}, {(None, 1), (1, None), (2, 2)}, {frozenset({None}), None})
print(hash(True) == hash(1), hash(1.0) == hash(1), hash(-1), hash(2**61 - 1), hash(2**61))
