# Every kind of comprehension: list, set (printed sorted), dict and
# generator expressions, with conditions, nested loops, conditional
# expressions inside, and comprehension scope.

prices = {"apple": 1.2, "bread": 2.5, "cheese": 7.0, "dates": 4.8}

squares = [n * n for n in range(8)]
evens = [n for n in squares if n % 2 == 0]
labels = ["cheap" if p < 3 else "pricey" for p in prices.values()]
print(squares, evens, labels)

pairs = [(row, col) for row in range(3) for col in range(row)]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
flat = [cell for row in matrix for cell in row if cell % 2]
print(pairs)
print(matrix, transposed, flat)

initials = {name[0] for name in ["ana", "alex", "bo", "cy", "ben"]}
print(sorted(initials))

with_tax = {item: round(price * 1.2, 2) for item, price in prices.items() if price > 2}
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(with_tax, inverted)

total = sum(price for price in prices.values())
longest = max((len(name), name) for name in prices)
print(f"{total:.2f}", longest, any(p > 5 for p in prices.values()), all(p > 1 for p in prices.values()))

gen = (word.upper() for word in ["lazy", "generator"])
print(next(gen))
print(list(gen), list(gen))

x = "outer x"
result = [x for x in range(3)]
print(result, x)
words = ["event", "loop", "task"]
print({w: [c for c in w if c in "aeiou"] for w in words})
print([(i, w) for i, w in enumerate(words) if i != 1])
