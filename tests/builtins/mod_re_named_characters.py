# \N{...} in regular expressions: named characters, in and out of sets, and the errors.
import re
for p in [r"\N{BULLET}x", r"\N{FOO}", r"\N{}", r"\N", r"[\N{BULLET}a]", r"a\N{LATIN SMALL LETTER B}", r"[\N{FOO}]", r"\N{bullet}", r"\N{CJK UNIFIED IDEOGRAPH-4E00}", r"\NX", r"\N{BULLET"]:
    try:
        r = re.compile(p)
        print(repr(p), r.findall("•xab•一"))
    except re.error as e:
        print(repr(p), "error:", e)
