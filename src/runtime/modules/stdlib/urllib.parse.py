__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit', 'urlencode',
           'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes', 'unquote', 'unquote_plus',
           'unquote_to_bytes', 'DefragResult', 'ParseResult', 'SplitResult']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https',
               'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp',
               'nfs', 'git', 'git+ssh', 'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']
scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'
_C0 = ''.join(chr(i) for i in range(33))


class _Result:
    # CPython's are named tuples; these index, unpack and compare as tuples do.
    def __init__(self, *values):
        self._v = tuple(values)

    def __getattr__(self, name):
        if name in self._fields:
            return self._v[self._fields.index(name)]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    __iter__ = lambda self: iter(self._v)
    __len__ = lambda self: len(self._v)
    __getitem__ = lambda self, i: self._v[i]
    __hash__ = lambda self: hash(self._v)
    count = lambda self, x: self._v.count(x)
    index = lambda self, x: self._v.index(x)
    _asdict = lambda self: dict(zip(self._fields, self._v))

    def __eq__(self, other):
        if isinstance(other, _Result):
            other = other._v
        return self._v == other if isinstance(other, tuple) else NotImplemented

    def __add__(self, other):
        return self._v + tuple(other)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % p for p in zip(self._fields, self._v)))

    def _replace(self, **kw):
        bad = [k for k in kw if k not in self._fields]
        if bad:
            raise ValueError('Got unexpected field names: %r' % bad)
        return type(self)(*[kw.get(f, v) for f, v in zip(self._fields, self._v)])

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def encode(self, encoding='ascii', errors='strict'):
        raise NotImplementedError('the bytes results of urllib.parse are not supported by '
                                  'Looplab yet')


class _Netloc(_Result):
    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        host, pct, zone = host.partition('%')
        return host.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not 0 <= port <= 65535:
                raise ValueError('Port out of range 0-65535')
        return port

    @property
    def _userinfo(self):
        info, have, _ = self.netloc.rpartition('@')
        if not have:
            return None, None
        user, havepw, pw = info.partition(':')
        return user, (pw if havepw else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition('@')[2]
        _, br, bracketed = hostinfo.partition('[')
        if br:
            host, _, port = bracketed.partition(']')
            port = port.partition(':')[2]
        else:
            host, _, port = hostinfo.partition(':')
        return host, (port or None)


class DefragResult(_Result):
    _fields = ('url', 'fragment')

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_Netloc):
    _fields = ('scheme', 'netloc', 'path', 'query', 'fragment')

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_Netloc):
    _fields = ('scheme', 'netloc', 'path', 'params', 'query', 'fragment')

    def geturl(self):
        return urlunparse(self)


def _str(*args):
    for a in args:
        if not isinstance(a, str):
            if type(a).__name__ in ('bytes', 'bytearray'):
                raise NotImplementedError('bytes URLs (urlparse, urlsplit, urljoin of bytes) '
                                          'are not supported by Looplab yet')
            if a:
                raise TypeError('Cannot mix str and non-str arguments')


def urlparse(url, scheme='', allow_fragments=True):
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    return ParseResult(scheme, netloc, url, params, query, fragment)


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _check_host(host):
    if host.startswith('v'):
        h = host[1:].partition('.')
        if not (h[0] and h[1] and h[2] and all(c in '0123456789abcdefABCDEF' for c in h[0])):
            raise ValueError('IPvFuture address is invalid')
        return
    addr = host.partition('%')[0]
    parts = addr.split('.')
    if len(parts) == 4 and all(p.isdigit() and p.isascii() and int(p) < 256 for p in parts):
        raise ValueError('An IPv4 address cannot be in brackets')
    groups = addr.split(':')
    ok = 2 < len(groups) <= 8 and addr.count('::') <= 1 and all(
        len(g) <= 4 and all(c in '0123456789abcdefABCDEF' for c in g) for g in groups[:-1]) and (
        len(groups[-1]) <= 4 and all(c in '0123456789abcdefABCDEF' for c in groups[-1]) or '.' in groups[-1])
    if not ok:
        raise ValueError('%r does not appear to be an IPv4 or IPv6 address' % host)


def urlsplit(url, scheme='', allow_fragments=True):
    _str(url, scheme)
    url = url.lstrip(_C0)
    scheme = scheme.strip(_C0)
    for b in '\t\r\n':
        url = url.replace(b, '')
        scheme = scheme.replace(b, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:i]):
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        delim = len(url)
        for c in '/?#':
            w = url.find(c, 2)
            if w >= 0:
                delim = min(delim, w)
        netloc, url = url[2:delim], url[delim:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError('Invalid IPv6 URL')
        if '[' in netloc:
            _check_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = '%s;%s' % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    _str(scheme, netloc, url, query, fragment)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return urlunparse((scheme, netloc, '/'.join(resolved) or '/', params, query, fragment))


def urldefrag(url):
    _str(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        return DefragResult(urlunparse((s, n, p, a, q, '')), frag)
    return DefragResult(url, '')


_HEX = '0123456789ABCDEFabcdef'


def _utf8_decode(b):
    # bytes.decode('utf-8', 'replace'): one U+FFFD per maximal invalid subpart.
    out, i, n = [], 0, len(b)
    while i < n:
        c = b[i]
        if c < 0x80:
            out.append(chr(c))
            i += 1
            continue
        if 0xC2 <= c <= 0xDF:
            need, lo, hi = 1, 0x80, 0xBF
        elif 0xE0 <= c <= 0xEF:
            need, lo, hi = 2, (0xA0 if c == 0xE0 else 0x80), (0x9F if c == 0xED else 0xBF)
        elif 0xF0 <= c <= 0xF4:
            need, lo, hi = 3, (0x90 if c == 0xF0 else 0x80), (0x8F if c == 0xF4 else 0xBF)
        else:
            out.append('\ufffd')
            i += 1
            continue
        v, j = c & (0x3F >> need), i + 1
        while j <= i + need:
            if j >= n or not lo <= b[j] <= hi:
                break
            v = v << 6 | b[j] & 0x3F
            lo, hi, j = 0x80, 0xBF, j + 1
        if j == i + need + 1:
            out.append(chr(v))
        else:
            out.append('\ufffd')
        i = j
    return ''.join(out)


def _unquote_ascii(s):
    bits = s.split('%')
    b = [ord(c) for c in bits[0]]
    for item in bits[1:]:
        if len(item) >= 2 and item[0] in _HEX and item[1] in _HEX:
            b.append(int(item[:2], 16))
            item = item[2:]
        else:
            b.append(37)
        b.extend(ord(c) for c in item)
    return _utf8_decode(b)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding or 'utf-8', errors or 'replace')
    if not isinstance(string, str):
        _str(string)
        string.split
    if '%' not in string:
        return string
    if encoding not in ('utf-8', 'utf8', None) or errors not in ('replace', None):
        return unquote_to_bytes(string).decode(encoding or 'utf-8', errors or 'replace')
    out, run = [], []
    for c in string:
        if c < '\x80':
            run.append(c)
        else:
            if run:
                out.append(_unquote_ascii(''.join(run)))
                run = []
            out.append(c)
    out.append(_unquote_ascii(''.join(run)))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def unquote_to_bytes(string):
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = bytes(string).split(b'%')
    if len(bits) == 1:
        return bytes(string)
    out = bytearray(bits[0])
    for item in bits[1:]:
        if len(item) >= 2 and chr(item[0]) in _HEX and chr(item[1]) in _HEX:
            out.append(int(item[:2].decode('ascii'), 16))
            out += item[2:]
        else:
            out += b'%'
            out += item
    return bytes(out)


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    ok = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~') | set(safe)
    return ''.join(chr(b) if b in ok else '%%%02X' % b for b in bs)


_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def _utf8(c):
    o = ord(c)
    if o < 0x80:
        return [o]
    if o < 0x800:
        return [0xC0 | o >> 6, 0x80 | o & 63]
    if o < 0x10000:
        if 0xD800 <= o < 0xE000:
            raise UnicodeEncodeError('utf-8', c, 0, 1, 'surrogates not allowed')
        return [0xE0 | o >> 12, 0x80 | o >> 6 & 63, 0x80 | o & 63]
    return [0xF0 | o >> 18, 0x80 | o >> 12 & 63, 0x80 | o >> 6 & 63, 0x80 | o & 63]


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, (bytes, bytearray)):
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        return quote_from_bytes(string, safe)
    if not isinstance(string, str):
        return quote_from_bytes(string, safe)
    if encoding not in ('utf-8', 'utf8', None) or errors not in ('strict', None):
        return quote_from_bytes(string.encode(encoding or 'utf-8', errors or 'strict'), safe)
    ok = _SAFE.union(c for c in safe if c < '\x80')
    return ''.join(c if c in ok else ''.join('%%%02X' % b for b in _utf8(c)) for c in string)


def quote_plus(string, safe='', encoding=None, errors=None):
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError('not a valid non-string sequence or mapping object') from None
    out = []

    def text(x):
        # bytes are quoted as they are, anything else as its str.
        return x if isinstance(x, (str, bytes)) else str(x)

    for k, v in query:
        k = quote_via(text(k), safe, encoding, errors)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + '=' + quote_via(text(v), safe, encoding, errors))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + quote_via(text(v), safe, encoding, errors))
        else:
            for e in v:
                out.append(k + '=' + quote_via(text(e), safe, encoding, errors))
    return '&'.join(out)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    _str(qs)
    if not separator or not isinstance(separator, str):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None:
        if max_num_fields < (1 + qs.count(separator) if qs else 0):
            raise ValueError('Max number of fields exceeded')
    r = []
    for nv in (qs.split(separator) if qs else []):
        if not nv and not strict_parsing:
            continue
        pair = nv.split('=', 1)
        if len(pair) != 2:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (nv,))
            if not keep_blank_values:
                continue
            pair.append('')
        if pair[1] or keep_blank_values:
            r.append((unquote(pair[0].replace('+', ' '), encoding, errors),
                      unquote(pair[1].replace('+', ' '), encoding, errors)))
    return r
