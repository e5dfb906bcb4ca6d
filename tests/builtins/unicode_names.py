# \N{...} escapes and the unicodedata module's names.
import unicodedata

marks = "\N{BULLET} \N{check mark} \N{Greek Small Letter Alpha} \N{EM DASH}"
print(marks, len(marks))
print("\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{CJK UNIFIED IDEOGRAPH-6587}", "\N{HANGUL SYLLABLE HAN}")
print(repr("\N{LF}\N{NBSP}\N{ZWJ}"), f"{1}\N{MULTIPLICATION SIGN}{2}", r"\N{BULLET}")
print(b"\x00".hex(), "caf\N{LATIN SMALL LETTER E WITH ACUTE}" == "café")

for char in "A€•中각\N{NUSHU CHARACTER-1B170}":
    print(f"U+{ord(char):04X}", unicodedata.name(char))
print(unicodedata.name("\x00", "(none)"), unicodedata.unidata_version)
for name in ["bullet", "SNOWMAN", "CJK COMPATIBILITY IDEOGRAPH-F900", "hangul syllable gag",
             "CJK UNIFIED IDEOGRAPH-4e00", "LINE FEED", "no such thing"]:
    try:
        print(name, "->", repr(unicodedata.lookup(name)))
    except KeyError as error:
        print(name, "-> KeyError", error)
try:
    unicodedata.name("ab")
except TypeError as error:
    print("TypeError:", error)
try:
    unicodedata.name("\x01")
except ValueError as error:
    print("ValueError:", error)
