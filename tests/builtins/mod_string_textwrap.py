# string constants, capwords, Template (subclassed too) and Formatter; textwrap's wrap, fill, shorten, dedent, indent.
import string, textwrap
from string import Template
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('hello   wOrld  foo'), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}, costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a'}, what='b'), t.get_identifiers(), t.is_valid())
for s in ['$who is $missing', 'bad $ here', 'line1\n  $1x', 'ok ${x']:
    try:
        print(Template(s).substitute(who='x'))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(Template(s).safe_substitute(who='x'))
class Pct(Template):
    delimiter = '%'
print(Pct('%x and %%').substitute(x=1))
class Up(Template):
    idpattern = r'[A-Z]+'
    flags = 0
print(Up('$AB $cd').safe_substitute(AB=1, cd=2))
f = string.Formatter()
print(f.format('{0} {x!r:>6} {1[0]} {y.real} {{}}', 'a', [9], x='hi', y=3), f.format('{} {}', 1, 2), f.format('{:{w}}|', 'ab', w=5))
print(list(f.parse('a{b!r:>3}c{}')))
text = "The quick brown fox jumps over the lazy dog. It was a well-known, state-of-the-art dog -- really!  Supercalifragilisticexpialidocious words break.\tTabs too."
for w in [10, 20, 33]:
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 15, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap(text, 25, max_lines=2, placeholder='...'))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world', 11))
print(textwrap.wrap('Hi there. You ok? yes', 30, fix_sentence_endings=True), textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(repr(textwrap.dedent('''
    def f():
        return 1
      \t
    x
''')), repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(e)
w = textwrap.TextWrapper(width=12, expand_tabs=False, replace_whitespace=False)
print(w.wrap('a\tb\nc d e f g h i'))
print(textwrap.wrap('aaaaaaaaaa-bbbbbbbbbbbb-cccc', 12), textwrap.wrap('e-mail x--y a---', 5))
