# String literal forms: escapes, named escapes, raw strings, prefixes, line continuations.
print("\N{BULLET} item", "\N{GREEK SMALL LETTER ALPHA}", "\N{EM DASH}" == "\u2014")
print("\a\b\f\v" == "\x07\x08\x0c\x0b", "\0" == "\x00", "\1\12\123", "\x41\u0042\U00000043")
print(r"\d+\.\d*", R"\n", len(r"\\"), r"a\"b")
print(u"unicode prefix", "line one \
continues", 'mixed "quotes"', "it's")
long = ("first part, "
        "second part, "
        f"third {1 + 1}")
print(long)
x = 5
print(f"{x!r:>4}", rf"\n{x}", fr"{x}\t", F"{x}", f"{{x}}", f"{'\\'}" if False else "")
print("""\
no leading newline""")
print('''a
  b''', """ 'single' "double" """)
s = "multi" \
    "line"
print(s, len("\t"), "\t" == "	")
print("é" == "e\u0301", len("e\u0301"), "\u00e9")
print("\x80" < "\xff", "\uffff" > "\u00ff")
