# str.split() with no separator: runs of whitespace (ASCII, the \x1c-\x1f separators, and
# Unicode spaces and line breaks) split the text; maxsplit keeps the rest as it is, trailing
# whitespace and all. rsplit() the same from the right.
texts = ["", "   ", "a", " a ", "a b  c", "  a\tb\n c  ", "a\x1cb\x1fc", "é à  ü",
         "a\u3000b\u2028c ", "x  y  z  ", "\x0b\x0cv\x0b"]
for text in texts:
    for most in (-1, 0, 1, 2, 5):
        print(repr(text), most, text.split(None, most), text.split(maxsplit=most),
              text.rsplit(None, most))
