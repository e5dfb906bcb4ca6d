# str methods and formatting as teaching programs use them: reports, parsing, word counts.

inventory = [("apples", 12, 0.5), ("bananas", 7, 0.25), ("cherries", 250, 0.1)]
print("{:<10}|{:>6}|{:>8}".format("item", "qty", "price"))
print("-" * 26)
for name, qty, price in inventory:
    print("{:<10}|{:>6d}|{:>8.2f}".format(name.capitalize(), qty, price))
total = sum(qty * price for _, qty, price in inventory)
print("{:>26}".format("total: {:.2f}".format(total)))
print("%-10s|%6d|%8.2f" % ("Total", sum(q for _, q, _ in inventory), total))

text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
"""
words = [w.strip(".,;!").lower() for w in text.split()]
counts = {}
for word in words:
    counts[word] = counts[word] + 1 if word in counts else 1
for word in sorted(counts, key=lambda w: (-counts[w], w))[:4]:
    count = counts[word]
    print(f"{word!r:>8} appears {count} time{'s' if count > 1 else ''}")
print(len(text.splitlines()), "lines,", len(words), "words,", text.count("the"), "lowercase 'the'")

csv = "name,age,city\nAda,36,London\nAlan,41,Wilmslow\n"
header, *rows = csv.strip().split("\n")
fields = header.split(",")
for row in rows:
    record = dict(zip(fields, row.split(",")))
    print("{name} ({age}) lives in {city}".format(**record))
    print("%(name)s is %(age)s" % record)

def title_case(sentence):
    small = {"a", "an", "the", "of", "in"}
    parts = sentence.split()
    return " ".join(p.capitalize() if i == 0 or p not in small else p for i, p in enumerate(parts))

print(title_case("the lord of the rings"))
print("the lord of the rings".title())

def is_palindrome(phrase):
    letters = "".join(c.lower() for c in phrase if c.isalnum())
    return letters == letters[::-1]

for phrase in ["A man, a plan, a canal: Panama", "Hello", "Was it a car or a cat I saw?"]:
    print(repr(phrase), is_palindrome(phrase))

caesar = str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")
secret = "attack at dawn".translate(caesar)
print(secret, "->", secret.translate(str.maketrans("defghijklmnopqrstuvwxyzabc", "abcdefghijklmnopqrstuvwxyz")))

for line in ["  key = value  ", "# comment", "empty =", "novalue"]:
    line = line.strip()
    if not line or line.startswith("#"):
        print("skip", repr(line))
        continue
    key, sep, value = line.partition("=")
    print("key={!r} sep={!r} value={!r}".format(key.strip(), sep, value.strip()))

path = "/home/user/docs/report.final.txt"
print(path.rsplit("/", 1)[-1], path.rpartition(".")[2], path.removeprefix("/home/user").lstrip("/"))
print("report.txt".endswith((".txt", ".md")), "IMG_001.PNG".lower().endswith(".png"))

print("|" + "centered".center(20, "~") + "|")
print("\n".join("%3d: %s" % (n, "*" * n) for n in range(1, 5)))
print("{0:b} {0:o} {0:x} {0:#X}".format(2024))
print("%05.1f%% done" % 42.25, "{:.1%} done".format(0.4225))
print("Name:\t{}\nAge:\t{}".format("Ada", 36).expandtabs(8))
print("id-{:04d}".format(7), "42".zfill(6), "-7".zfill(4))

def safe(expression):
    try:
        return expression()
    except (TypeError, ValueError, KeyError, IndexError) as error:
        return f"{type(error).__name__}: {error}"

print(safe(lambda: "Age: " + 36))
print(safe(lambda: "{} {}".format("only one")))
print(safe(lambda: "%d items" % "three"))
print(safe(lambda: "{name}".format(nme="typo")))
print(safe(lambda: int("12a")))
print(safe(lambda: "abc".index("z")))
print(safe(lambda: ", ".join([1, 2, 3])))
print(safe(lambda: "%s and %s" % ("one",)))
