# Lists: building, mutating, slicing (including slice assignment and del),
# sorting with a key, and the iteration helpers enumerate, zip and reversed.

queue = ["soup", "salad", "pasta"]
queue.append("pizza")
queue.insert(1, "bread")
queue.extend(["cake", "tea"])
print(queue, len(queue))
print("popped:", queue.pop(), "and", queue.pop(0))
queue.remove("pasta")
print(queue, "index of pizza:", queue.index("pizza"))

numbers = list(range(10))
print(numbers[2:8:2], numbers[::-3], numbers[-3:])
numbers[1:4] = ["a", "b"]
print(numbers)
del numbers[0]
del numbers[-2:]
print(numbers)

scores = [("alice", 88), ("bob", 95), ("carol", 88), ("dave", 72)]
print(sorted(scores, key=lambda pair: pair[1], reverse=True))
print(sorted(scores, key=lambda pair: (-pair[1], pair[0])))
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)

for position, (name, score) in enumerate(scores, start=1):
    print(f"{position}. {name:<6} {score}")
for name, grade in zip(["x", "y", "z"], "ABC"):
    print(name, grade, end="; ")
print()
print(list(reversed([1, 2, 3])), [0] * 3, [1, 2] + [3])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid, [1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3])
original = [1, 2]
duplicate = original.copy()
duplicate.append(9)
print("copy is independent:", original, duplicate, original is duplicate)
print(sum([3, 4, 5]), min(scores, key=lambda p: p[1]), max(words, key=len))
