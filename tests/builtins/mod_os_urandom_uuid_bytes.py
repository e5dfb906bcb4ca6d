# os.urandom and UUIDs to and from bytes (values of urandom are not printed: CPython's are random).
import os, uuid
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u.bytes, u.bytes_le, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(bytes=bytes(range(16))))
try:
    uuid.UUID(bytes=b"short")
except ValueError as e:
    print(e)
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
print(len(uuid.uuid4().bytes))
