# Enums as the states of orders moving through an async pipeline: Enum members with
# auto() values, an IntEnum priority that sorts and compares with ints, a Flag of
# permissions combined with |, a StrEnum that prints as its value, lookups by value and
# by name, and the errors a wrong lookup gives.
import asyncio
from enum import Enum, IntEnum, Flag, StrEnum, auto, unique


@unique
class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()

    @property
    def final(self):
        return self in (State.SHIPPED, State.CANCELLED)


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    URGENT = 9


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()


class Channel(StrEnum):
    WEB = auto()
    SHOP = "in-store"


async def process(order_id, priority, log):
    state = State.NEW
    log.append((order_id, state))
    await asyncio.sleep(0.1 * (10 - priority))
    state = State.PAID
    log.append((order_id, state))
    await asyncio.sleep(0.2)
    state = State.SHIPPED if priority >= Priority.NORMAL else State.CANCELLED
    log.append((order_id, state))
    print(f"order {order_id}: {state.name} (final={state.final}) priority={priority!r}")
    return state


async def main():
    print(list(State))
    print(State.PAID, repr(State.PAID), State(2), State["SHIPPED"], State.NEW.value)
    print(len(State), State.PAID in State, [s.name for s in State if not s.final])
    log = []
    orders = {"A1": Priority.LOW, "B2": Priority.URGENT, "C3": Priority.NORMAL}
    results = await asyncio.gather(*(process(o, p, log) for o, p in orders.items()))
    print(results)
    print([f"{o}:{s.name}" for o, s in log])
    print(sorted(orders.values()), Priority.URGENT > 5, Priority.LOW + 1, int(Priority.NORMAL))
    print(f"{Priority.URGENT}", str(Priority.LOW), Priority(5), max(orders.values()))
    user = Perm.READ | Perm.WRITE
    print(repr(user), user, Perm.WRITE in user, Perm.ADMIN in user, bool(Perm(0)))
    print(list(user), repr(~Perm.READ), repr(Perm(0)), len(user))
    print(Channel.WEB, repr(Channel.SHOP), Channel.SHOP.upper(), Channel.WEB == "web")
    print(f"sold via {Channel.SHOP}", State.__members__.keys())
    print(repr(State), repr(Perm), type(State.NEW).__name__)
    for bad in (7, "PAID"):
        try:
            State(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        State["LOST"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        @unique
        class Dup(Enum):
            ONE = 1
            UNO = 1
    except ValueError as e:
        print("ValueError:", e)
    try:
        State.NEW = 5
    except AttributeError as e:
        print("AttributeError:", e)
    Color = Enum("Color", "RED GREEN BLUE")
    print(list(Color), Color.GREEN.value, Color(3))


asyncio.run(main())
