# Dictionaries keep insertion order; sets are unordered, so anything printed
# from a set is sorted first. Covers get/setdefault/update/pop/items, dict
# merging with |, and set algebra.

menu = {"coffee": 3.5, "tea": 2.75}
menu["cake"] = 4.0
menu.update({"tea": 3.0, "juice": 4.25})
print(menu)
print(menu.get("water"), menu.get("water", 0.0), "coffee" in menu, len(menu))
print(list(menu.keys()), list(menu.values()))
for item, price in menu.items():
    print(f"  {item:<8} {price:>5.2f}")
print("removed juice:", menu.pop("juice"), "->", menu)

counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
defaults = {"model": "small", "temperature": 0.7}
overrides = {"temperature": 0.2, "max_tokens": 256}
print(defaults | overrides)
print(dict(zip(["a", "b"], [1, 2])), dict(x=1, y=2))
del counts["cat"]
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

seen = {"python", "rust", "go"}
wanted = {"rust", "zig"}
seen.add("c")
seen.discard("go")
print("union:", sorted(seen | wanted))
print("intersection:", sorted(seen & wanted))
print("difference:", sorted(seen - wanted))
print("symmetric:", sorted(seen ^ wanted))
print("rust" in seen, {"rust"} <= seen, len(seen))
print("unique letters:", "".join(sorted(set("mississippi"))))
frozen = frozenset([3, 1, 2])
print(sorted(frozen), 2 in frozen)
