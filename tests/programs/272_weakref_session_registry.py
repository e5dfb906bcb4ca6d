# A server that tracks its live sessions without keeping them alive: a WeakValueDictionary
# from session id to session and a WeakSet of sessions; when the handler drops its last
# reference the entry disappears, as it does under CPython's reference counting. A weak
# reference to a session reads None once the session is gone.
import asyncio
import weakref


class Session:
    def __init__(self, sid, user):
        self.sid, self.user = sid, user

    def __repr__(self):
        return f"Session({self.sid}, {self.user})"


registry = weakref.WeakValueDictionary()
active = weakref.WeakSet()
owners = weakref.WeakKeyDictionary()


def open_session(sid, user):
    session = Session(sid, user)
    registry[sid] = session
    active.add(session)
    owners[session] = user.upper()
    return session


def report(label):
    print(f"{label}: registry={sorted(registry)} active={len(active)} owners={sorted(owners.values())}")


async def handle(sid, user, seconds):
    session = open_session(sid, user)
    report(f"opened {sid}")
    await asyncio.sleep(seconds)
    print(f"{sid} done for {session.user}, registered: {sid in registry}")
    return sid


async def main():
    keep = open_session("s0", "root")
    probe = weakref.ref(keep)
    print(probe() is keep, type(probe).__name__, probe == weakref.ref(keep), registry["s0"] is keep)
    finished = await asyncio.gather(handle("s1", "ann", 0.2), handle("s2", "bob", 0.1))
    print("finished", finished)
    report("after handlers")
    print("s1" in registry, registry.get("s1", "expired"), keep in active, owners[keep])
    del keep
    print("probe after del:", probe())
    report("after del")
    try:
        registry["s0"]
    except KeyError as e:
        print("KeyError", e)
    try:
        weakref.ref("a string")
    except TypeError as e:
        print("TypeError:", e)
    extra = [open_session(f"x{i}", "eve") for i in range(3)]
    report("batch")
    extra.pop()
    report("popped one")
    print(sorted(s.sid for s in active), registry.pop("x0").user, sorted(registry.keys()))


asyncio.run(main())
