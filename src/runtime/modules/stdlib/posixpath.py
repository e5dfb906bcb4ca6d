# `os.path` (`posixpath`): CPython's string algorithms, on a machine with no files (see os).
sep, curdir, pardir, extsep = '/', '.', '..', '.'


def _str(p):
    import os   # not at the top: os imports this module
    return p if type(p) is str else os.fspath(p)


def isabs(s):
    return _str(s).startswith('/')


def join(a, *p):
    path = _str(a)
    for b in p:
        if not isinstance(b, str):
            try:
                b = _str(b)
            except TypeError:
                raise TypeError('join() argument must be str, bytes, or os.PathLike object, '
                                f"not '{type(b).__name__}'") from None
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _str(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _str(p)
    sep_index, dot_index = p.rfind('/'), p.rfind('.')
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i] != '.':
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, ''


def normpath(path):
    path = _str(path)
    if not path:
        return '.'
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not comps) or (comps and comps[-1] == '..'):
            comps.append(comp)
        elif comps:
            comps.pop()
    return '/' * initial + '/'.join(comps) or '.'


def abspath(path):
    path = _str(path)
    return normpath(path if isabs(path) else join('/home/looplab', path))


realpath = abspath


def commonprefix(m):
    if not m:
        return ''
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    start_list = [x for x in abspath(curdir if start is None else start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel) if rel else curdir


def expanduser(path):
    path = _str(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    i = len(path) if i < 0 else i
    if i != 1:
        return path
    import os
    home = os.environ.get('HOME', '/home/looplab').rstrip('/')
    return home + path[i:] or '/'


def exists(path):
    _str(path)
    return False


isfile = isdir = islink = lexists = ismount = exists


def getsize(path):
    import os
    return os.stat(path).st_size


getmtime = getatime = getctime = getsize
