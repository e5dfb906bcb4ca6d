# The smallest check that the language corpus runs: arithmetic, strings, printing.
print(1 + 2, 7 // 2, -7 % 3, 2 ** 10, 10 / 4)
print("a" + "b", "ab" * 3, repr("it's"))
x = [3, 1, 2]
print(sorted(x), len(x), min(x), max(x), sum(x))
