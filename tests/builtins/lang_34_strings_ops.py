# Strings without methods: indexing, slicing, operators, escapes, unicode, comparisons.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1], len(s))
try:
    s[50]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
print("ab" + "cd", "ab" * 3, 3 * "-", "" * 5, "x" * 0, "x" * -1)
print("ell" in s, "xyz" in s, "" in s, "h" not in s)
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "Z" < "a", "abc" == "abc", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple"]), max("hello"), min(["b", "a"]))
print("tab\there", "new\nline", "quote\"s", 'single\'s', "back\\slash", "\u00e9\u2022\x41")
print(r"raw\n\t", len(r"\n"), len("\n"), "\101\102")
print("""triple
quoted""", '''also
triple''')
print("implicit" " concatenation" ' works')
text = "naïve café 日本"
print(len(text), text[2], text[-2:], text[::-1], [c for c in "héllo"])
print(repr("日本"), ascii("日本") if False else "", str(123) + "4", int("12") + 4)
print("a" "b" == "ab", "abc"[1:2] == "b", "x" * 3 == "xxx", "abc" != "ABC")
for ch in "abc":
    print(ch, ord(ch), end="; ")
print()
print("".join if False else "", chr(ord("a") + 1), [chr(c) for c in range(65, 70)])
words = ["alpha", "beta", "gamma"]
sentence = ""
for w in words:
    sentence += w + " "
print(repr(sentence), len(sentence))
print(str(3.0), str(-0.5), str(10 ** 20), str([1, "2", 3.0]), str({"a": (1,)}), str(None) + "!")
print(repr("a\nb"), repr("it's \"q\""), repr("\x7f\x80\xff"), repr("\t"), repr("\\"), repr("\u200b"))
print(f"{'left':<10}|", f"{'right':>10}|", f"{'mid':^11}|")
print("%" if False else "", "50%", "{}", "{{}}")
# Comparing and sorting with key on string content
names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names), sorted(names, key=lambda n: n[0] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
print(sorted(names, key=len), sorted(names, key=lambda n: n[::-1]))
# Strings are iterable and unpackable
a, b, c = "xyz"
print(a, b, c, list("abc"), tuple("ab"), set("aa") == {"a"}, dict.fromkeys("ab", 0) if False else "")
print(*"spread", sep="|")
# Membership in multiline strings
poem = """Roses are red
Violets are blue"""
print("red" in poem, poem[:5], len(poem), poem.count("e") if False else "")
# Multiplying and slicing to draw
for i in range(1, 4):
    print(" " * (3 - i) + "*" * (2 * i - 1))
print("=" * 20)
# String identity with == and in dict keys
d = {"key": 1}
k = "ke" + "y"
print(d[k], k == "key", {"a": 1, "b": 2}["b"])
# bool and str
print(bool("False"), bool(""), str(True) == "True", "True" == True)
# Unicode escapes and surrogate-free characters
print("\u03b1", "\u03b1" == "α", len("👍"), "👍"[0] == "👍", ord("👍"))
