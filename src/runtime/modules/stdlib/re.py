__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
           'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG',
           'RegexFlag']
_NAMES = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
          ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))


class RegexFlag:
    # CPython's is an IntFlag; this one combines and compares as one.
    def __init__(self, value):
        self._value_ = value

    value = property(lambda self: self._value_)
    __int__ = __index__ = lambda self: self._value_
    __hash__ = lambda self: hash(self._value_)
    __bool__ = lambda self: self._value_ != 0

    def _op(f):
        def op(self, other):
            if isinstance(other, RegexFlag):
                other = other._value_
            elif not isinstance(other, int):
                return NotImplemented
            return RegexFlag(f(self._value_, other))
        return op

    __or__ = __ror__ = _op(lambda a, b: a | b)
    __and__ = __rand__ = _op(lambda a, b: a & b)
    __xor__ = __rxor__ = _op(lambda a, b: a ^ b)
    del _op

    def __eq__(self, other):
        if isinstance(other, RegexFlag):
            other = other._value_
        return self._value_ == other

    def __repr__(self):
        v = self._value_
        if not v:
            return 're.NOFLAG'
        parts = ['re.' + n for n, b in _NAMES if v & b]
        rest = v & ~511
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __format__ = lambda self, spec='': repr(self)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        super().__init__(msg)


def _text(s):
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
    return s


def _latin1(s):
    # A bytes pattern's subject, as the engine reads it: one character per byte.
    if not isinstance(s, (bytes, bytearray)):
        if isinstance(s, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
    return s.decode('latin-1')


class _Alias:
    # types.GenericAlias for re.Match[str] and re.Pattern[str] in annotations.
    def __init__(self, origin, args):
        self.__origin__, self.__args__ = origin, args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        return 're.%s[%s]' % (self.__origin__.__name__, ', '.join(
            a.__name__ if isinstance(a, type) else repr(a) for a in self.__args__))

    __eq__ = lambda self, o: isinstance(o, _Alias) and (self.__origin__, self.__args__) == (o.__origin__, o.__args__)
    __hash__ = lambda self: hash((self.__origin__, self.__args__))


def _span(t, g):
    return t[2 * g], t[2 * g + 1]


class Match:
    __class_getitem__ = classmethod(lambda cls, item: _Alias(cls, item))
    def __init__(self, pattern, string, pos, endpos, t):
        self.re, self.string, self.pos, self.endpos, self._t = pattern, string, pos, endpos, t
        self.lastindex = t[-1]

    @property
    def lastgroup(self):
        for n, g in self.re.groupindex.items():
            if g == self.lastindex:
                return n

    @property
    def regs(self):
        return tuple(_span(self._t, g) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, str):
            g = self.re.groupindex.get(g, -1)
        elif hasattr(g, '__index__'):
            g = g.__index__()
        else:
            g = -1
        if not 0 <= g <= self.re.groups:
            raise IndexError('no such group')
        return g

    def _get(self, g, default=None):
        a, b = _span(self._t, g)
        if a < 0:
            return default
        part = self.string[a:b]
        return bytes(part) if isinstance(part, bytearray) else part

    def group(self, *groups):
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        if not groups:
            return self._get(0)
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {n: self._get(g, default) for n, g in self.re.groupindex.items()}

    def start(self, g=0):
        return _span(self._t, self._index(g))[0]

    def end(self, g=0):
        return _span(self._t, self._index(g))[1]

    def span(self, g=0):
        return _span(self._t, self._index(g))

    def expand(self, template):
        return _expand(self.re, template, self)

    def __bool__(self):
        return True

    def __repr__(self):
        a, b = _span(self._t, 0)
        return '<re.Match object; span=(%d, %d), match=%s>' % (a, b, repr(self.string[a:b])[:50])

    __copy__ = lambda self: self
    __deepcopy__ = lambda self, memo: self


class Pattern:
    __class_getitem__ = classmethod(lambda cls, item: _Alias(cls, item))
    def __init__(self, pattern, flags):
        if flags & 128:
            raise NotImplementedError('re.DEBUG (printing the parsed pattern) is not supported by Looplab yet')
        # A bytes pattern is read as Latin-1 text with ASCII classes, as CPython reads it.
        self._bytes = isinstance(pattern, (bytes, bytearray))
        text = pattern
        if self._bytes:
            if flags & 32:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            text = bytes(pattern).decode('latin-1')
        r = _compile(text, flags | 256 if self._bytes else flags)
        if len(r) == 3:
            kind, msg, pos = r
            if kind == 'error':
                raise error(msg, None if pos is None else text, pos)
            raise (OverflowError if kind == 'OverflowError' else ValueError)(msg)
        self._p, self.flags, self.groups, names = r
        if self._bytes and not flags & 256:
            self.flags &= ~256
        self.pattern = pattern
        self.groupindex = dict(names)

    def _subject(self, string):
        return _latin1(string) if self._bytes else _text(string)

    def _run(self, string, pos, endpos, mode):
        t = _exec(self._p, self._subject(string), pos, endpos, mode)
        if t is not None:
            return Match(self, string, max(0, min(pos, len(string))), max(0, min(endpos, len(string))), t)

    def match(self, string, pos=0, endpos=9223372036854775807):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=9223372036854775807):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=9223372036854775807):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=9223372036854775807, count=0):
        return _scan(self._p, self._subject(string), pos, endpos, count)

    def finditer(self, string, pos=0, endpos=9223372036854775807):
        n = len(self._subject(string))
        p, e = max(0, min(pos, n)), max(0, min(endpos, n))
        return iter([Match(self, string, p, e, t) for t in self._scan(string, pos, endpos)])

    def findall(self, string, pos=0, endpos=9223372036854775807):
        out = []
        if isinstance(string, bytearray):
            string = bytes(string)
        empty = string[0:0]
        for t in self._scan(string, pos, endpos):
            if self.groups == 0:
                g = [string[t[0]:t[1]]]
            else:
                g = [string[t[2 * i]:t[2 * i + 1]] if t[2 * i] >= 0 else empty
                     for i in range(1, self.groups + 1)]
            out.append(g[0] if len(g) == 1 else tuple(g))
        return out

    def split(self, string, maxsplit=0):
        self._subject(string)
        if isinstance(string, bytearray):
            string = bytes(string)
        if maxsplit < 0:
            return [string]
        out, last = [], 0
        for t in self._scan(string, 0, len(string), maxsplit):
            out.append(string[last:t[0]])
            for g in range(1, self.groups + 1):
                a, b = _span(t, g)
                out.append(None if a < 0 else string[a:b])
            last = t[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            f = repl
        else:
            if self._bytes and isinstance(repl, (bytes, bytearray)):
                parts = _template(self, bytes(repl).decode('latin-1'))
                parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
            else:
                parts = _template(self, _decode(repl))
            f = (lambda m: parts[0]) if len(parts) == 1 else (lambda m: _fill(parts, m))
        self._subject(string)
        if isinstance(string, bytearray):
            string = bytes(string)
        out, last, n = [], 0, 0
        if count < 0:
            return string, 0
        # Pieces as CPython's list (empty ones left out), so join's errors say the same.
        for t in self._scan(string, 0, len(string), count):
            if t[0] > last:
                out.append(string[last:t[0]])
            r = f(Match(self, string, 0, len(string), t))
            if r is not None:
                out.append(r)
            last = t[1]
            n += 1
        if last < len(string):
            out.append(string[last:])
        return string[0:0].join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=9223372036854775807):
        raise NotImplementedError('Pattern.scanner is not supported by Looplab yet')

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        f = self.flags
        if f & 288 == 32:
            f &= ~32
        names = [n for n, b in (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
                                ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
                                ('ASCII', 256)) if f & b]
        p = repr(self.pattern)[:200]
        if not f:
            return 're.compile(%s)' % p
        flags = '|'.join('re.' + n for n in names)
        if f & ~511:
            flags += '|' + hex(f & ~511)
        return 're.compile(%s, %s)' % (p, flags)

    __copy__ = lambda self: self
    __deepcopy__ = lambda self, memo: self


_cache = {}


def compile(pattern, flags=0):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def template(pattern, flags=0):
    raise NotImplementedError('re.template is not supported by Looplab yet')


_special = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c')


def _decode(s):
    if not isinstance(s, str):
        raise TypeError('decoding to str: need a bytes-like object, %s found' % type(s).__name__)
    return s


def escape(pattern):
    if isinstance(pattern, (bytes, bytearray)):
        text = bytes(pattern).decode('latin-1')
        return ''.join('\\' + c if c in _special else c for c in text).encode('latin-1')
    return ''.join('\\' + c if c in _special else c for c in _decode(pattern))


_ESC = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _template(pattern, t):
    # The replacement as a list alternating literal text and group numbers (as CPython's).
    out, lit, i, n = [], [], 0, len(t)
    err = lambda msg, at: error(msg, t, at)

    def group(g, at):
        if g > pattern.groups:
            raise err('invalid group reference %d' % g, at)
        out.append(''.join(lit))
        lit.clear()
        out.append(g)

    while i < n:
        c = t[i]
        i += 1
        if c != '\\':
            lit.append(c)
            continue
        if i >= n:
            raise err('bad escape (end of pattern)', n - 1)
        c = t[i]
        i += 1
        if c == 'g':
            if i >= n or t[i] != '<':
                raise err('missing <', i)
            j = t.find('>', i + 1)
            if j < 0:
                name = t[i + 1:]
                if not name:
                    raise err('missing group name', n)
                raise err('missing >, unterminated name', i + 1)
            name = t[i + 1:j]
            if not name:
                raise err('missing group name', i + 1)
            i = j + 1
            if name.isdecimal() and name.isascii():
                group(int(name), i - len(name) - 1)
            else:
                if not name.isidentifier():
                    raise err('bad character in group name %r' % name, i - len(name) - 1)
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                group(pattern.groupindex[name], i - len(name) - 1)
        elif c == '0':
            j = i
            while j < n and j < i + 2 and t[j] in '01234567':
                j += 1
            lit.append(chr(int(t[i - 1:j], 8) & 0xff))
            i = j
        elif c in '0123456789':
            s = c
            if i < n and t[i] in '0123456789':
                s += t[i]
                i += 1
                if c in '01234567' and s[1] in '01234567' and i < n and t[i] in '01234567':
                    s += t[i]
                    i += 1
                    v = int(s, 8)
                    if v > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377' % s, i - len(s) - 1)
                    lit.append(chr(v))
                    continue
            group(int(s), i - len(s))
        elif c in _ESC:
            lit.append(_ESC[c])
        elif c.isascii() and c.isalpha():
            raise err('bad escape \\' + c, i - 2)
        else:
            lit.append('\\' + c)
    out.append(''.join(lit))
    return out


def _fill(parts, m):
    if m.re._bytes:
        return b''.join(p if isinstance(p, bytes) else (m._get(p) or b'') for p in parts)
    return ''.join(p if isinstance(p, str) else (m._get(p) or '') for p in parts)


def _expand(pattern, t, m):
    if pattern._bytes:
        parts = _template(pattern, bytes(t).decode('latin-1'))
        return _fill([p.encode('latin-1') if isinstance(p, str) else p for p in parts], m)
    return _fill(_template(pattern, t), m)
