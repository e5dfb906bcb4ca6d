__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']
import re as _re

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _Chain:
    # collections.ChainMap's lookup, for substitute(mapping, **kws).
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)


_sentinel_dict = {}
_compiled = {}


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init__(self, template):
        self.template = template

    @classmethod
    def _pattern(cls):
        # CPython compiles this in __init_subclass__; here on a class's first use.
        p = _compiled.get(cls)
        if p is None:
            p = cls.__dict__.get('pattern')
            if not isinstance(p, str) and not (cls is Template and p is not None):
                delim = _re.escape(cls.delimiter)
                bid = cls.braceidpattern or cls.idpattern
                p = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                     % (delim, delim, cls.idpattern, bid))
            p = _re.compile(p, cls.flags | _re.VERBOSE) if isinstance(p, str) else p
            cls.pattern = _compiled[cls] = p
        return p

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _sub(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        pattern = self._pattern()

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if not safe:
                    return str(mapping[named])
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', pattern)
        return pattern.sub(convert, self.template)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._sub(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._sub(mapping, kws, True)

    def is_valid(self):
        for mo in self._pattern().finditer(self.template):
            if mo.group('invalid') is not None:
                return False
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._pattern().finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
        return ids


Template._pattern()


def _parse(s):
    # _string.formatter_parser: (literal, field, spec, conversion) tuples.
    out, lit, i, n = [], [], 0, len(s)
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            lit.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            lit.append('{')
            i += 2
            continue
        depth, j = 1, i + 1
        while j < n and depth:
            if s[j] == '{':
                depth += 1
            elif s[j] == '}':
                depth -= 1
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j - 1]
        k, br = 0, 0
        while k < len(field) and not (br == 0 and field[k] in '!:'):
            br += field[k] == '['
            br -= field[k] == ']'
            k += 1
        name, conv, spec = field[:k], None, ''
        if k < len(field) and field[k] == '!':
            if k + 1 >= len(field):
                raise ValueError('end of string while looking for conversion specifier')
            conv = field[k + 1]
            k += 2
            if k < len(field) and field[k] != ':':
                raise ValueError('expected \':\' after conversion specifier')
        if k < len(field):
            spec = field[k + 1:]
        out.append((''.join(lit), name, spec, conv))
        lit = []
        i = j
    if lit or not out:
        out.append((''.join(lit), None, None, None))
    return out


def _split_name(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first, rest = name[:i], []
    if first.isdigit():
        first = int(first)
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[i + 1:j]))
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            j += 1
        i = j
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return iter(_parse(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
