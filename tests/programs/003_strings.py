# String methods and slicing, plus f-string format specs:
# precision (:.1f), alignment and width (:>8, :<8, :^8), thousands
# separators (:,) and the !r conversion that shows the repr.

title = "  Async Python for AI Engineers  "
clean = title.strip()
print(repr(clean))
print(clean.upper())
print(clean.lower())
print(clean.replace("Python", "Py"))
print(clean.split())
print("-".join(["gpt", "4o", "mini"]))
print(clean.startswith("Async"), clean.endswith("!"), "Python" in clean)
print(clean.find("AI"), clean.count("n"), len(clean))
print("word".capitalize(), "snake_case_name".title(), "MiXeD".swapcase())
print("42".zfill(5), "x".center(7, "*"), "left".ljust(8, "."), "right".rjust(8, "."))
print("  padded\t".rstrip() + "|", "|" + "\tpadded".lstrip())
print("a,b,,c".split(","), "line1\nline2\n".splitlines())
print("abc".isalpha(), "123".isdigit(), "   ".isspace(), "Title Case".istitle())

s = "concurrency"
print(s[0], s[-1], s[2:5], s[:3], s[-4:], s[::2], s[::-1])

name = "Ada"
tokens = 1234567
latency = 0.73219
print(f"{name!r} {name:>8}| {name:<8}| {name:^9}|")
print(f"tokens={tokens:,} latency={latency:.1f}s ({latency:.3f})")
print(f"{'model':<10}{'tokens':>10}{'cost':>8}")
for model, used, cost in [("gpt-4o", 12000, 0.06), ("mini", 950000, 0.1425)]:
    print(f"{model:<10}{used:>10,}{cost:>8.2f}")
width = 12
print(f"{'nested width':>{width}}|")
print(f"{3.14159!s:>10} {'quote'!r} {len('hello') * 2 = }")
