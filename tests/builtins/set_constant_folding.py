# Set displays of constants after 'in' and as a for loop's iterable are folded to frozenset
# constants by CPython's optimizer, so their order is the frozenset's table order.
for x in {7, 15}:
    print(x, end=" ")
print([y for y in {62, 22, 35}], 15 in {7, 15}, 3 not in {1, 2, 3})
print({7, 15}, {15, 7}, {1: {7, 15}}, list({x for x in {23, 7}}))
for x in {23, 7, 15, 31}:
    print(x, end=" ")
print()
def f(v):
    return v in {"a", "b"}, [z for z in {7, 15}]
print(f("a"))
print(sorted({"b", "a"}))
