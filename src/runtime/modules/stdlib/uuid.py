# `uuid`: the UUID class as CPython's. uuid4/uuid1/getnode draw from a generator of Looplab's
# own with a fixed seed (not the program's `random`), uuid1 reads the virtual wall clock.
# The hashing uuid3/uuid5 are left out: they need hashlib, which Looplab does not have.

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']


class UUID:
    __module__ = 'uuid'

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=None):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[4-1::-1] + bytes_le[6-1:4-1:-1] + bytes_le[8-1:6-1:-1]
                     + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _int.from_bytes(bytes, byteorder='big')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(hex, 16)
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            names = ('time_low', 'time_mid', 'time_hi_version', 'clock_seq_hi_variant',
                     'clock_seq_low', 'node')
            int = 0
            for name, value, bits in zip(names, fields, (32, 16, 16, 8, 8, 48)):
                if not 0 <= value < 1 << bits:
                    raise ValueError(f'field {names.index(name) + 1} out of range (need a {bits}-bit value)')
                int = (int << bits) | value
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __str__(self):
        h = self.hex
        return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'

    hex = property(lambda self: f'{self.int:032x}')
    urn = property(lambda self: 'urn:uuid:' + str(self))
    time_low = property(lambda self: self.int >> 96)
    time_mid = property(lambda self: (self.int >> 80) & 0xffff)
    time_hi_version = property(lambda self: (self.int >> 64) & 0xffff)
    clock_seq_hi_variant = property(lambda self: (self.int >> 56) & 0xff)
    clock_seq_low = property(lambda self: (self.int >> 48) & 0xff)
    node = property(lambda self: self.int & 0xffffffffffff)
    time = property(lambda self: ((self.time_hi_version & 0x0fff) << 48) |
                    (self.time_mid << 32) | self.time_low)
    clock_seq = property(lambda self: ((self.clock_seq_hi_variant & 0x3f) << 8) |
                         self.clock_seq_low)
    fields = property(lambda self: (self.time_low, self.time_mid, self.time_hi_version,
                                    self.clock_seq_hi_variant, self.clock_seq_low, self.node))

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        bytes = self.bytes
        return (bytes[4-1::-1] + bytes[6-1:4-1:-1] + bytes[8-1:6-1:-1] + bytes[8:])


_int = int
_generator = None


def _bits(n):
    global _generator
    if _generator is None:
        import random
        _generator = random.Random(0x1007)
    return _generator.getrandbits(n)


def uuid4():
    return UUID(int=_bits(128), version=4)


_node = None


def getnode():
    global _node
    if _node is None:
        _node = _bits(48) | (1 << 40)   # a random node has the multicast bit, as CPython's
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    global _last_timestamp
    import time
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _bits(14)
    fields = (timestamp & 0xffffffff, (timestamp >> 32) & 0xffff,
              (timestamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f, clock_seq & 0xff,
              getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def _hashed(what):
    def refuse(namespace, name):
        raise NotImplementedError(f'uuid.{what}() is not supported by Looplab yet '
                                  '(it needs hashlib)')
    return refuse


uuid3, uuid5 = _hashed('uuid3'), _hashed('uuid5')
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
