# A meeting planner across time zones: aware datetimes with fixed-offset timezone objects
# and a tzinfo subclass, astimezone conversions, UTC offsets in isoformat and strftime,
# comparisons across zones, and the TypeErrors mixing naive and aware datetimes gives.
import asyncio
from datetime import UTC, datetime, timedelta, timezone, tzinfo


class Office(tzinfo):
    """A fixed-offset zone with its own name, as older code wrote them."""

    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return f"Office({self.name})"


ZONES = {
    "London": timezone.utc,
    "Berlin": timezone(timedelta(hours=1), "CET"),
    "Mumbai": timezone(timedelta(hours=5, minutes=30)),
    "New York": timezone(-timedelta(hours=5)),
    "Tokyo": Office(9, "JST"),
}


async def announce(city, meeting):
    await asyncio.sleep(0.1)
    local = meeting.astimezone(ZONES[city])
    print(f"{city:9} {local:%Y-%m-%d %H:%M %Z (%z)} {local.isoformat()} {local.tzname()}")
    return local


async def main():
    now = datetime.now(UTC)
    print(now, repr(now), now.tzinfo, now.utcoffset(), now.timestamp())
    meeting = now.replace(hour=15, minute=0) + timedelta(days=2)
    locals_ = await asyncio.gather(*(announce(c, meeting) for c in ZONES))
    print(all(t == meeting for t in locals_), len(set(locals_)),
          sorted(locals_)[0] == locals_[0])
    for tz in [timezone.utc, ZONES["Berlin"], ZONES["Mumbai"], ZONES["New York"],
               timezone(timedelta(0)), timezone(timedelta(hours=-2, seconds=-30)),
               timezone.min, timezone.max]:
        print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None))
    naive = datetime.now()
    print(naive, naive.tzinfo, naive.utcoffset(), naive == now, naive != now)
    print(naive.astimezone(ZONES["Tokyo"]), naive.replace(tzinfo=UTC) == now)
    print(datetime.fromtimestamp(0, ZONES["New York"]), datetime.fromtimestamp(0, UTC))
    t = meeting.astimezone(ZONES["Mumbai"]).timetz()
    print(repr(t), t, t.utcoffset(), t.tzname())
    checks = [lambda: naive < now, lambda: now - naive, lambda: timezone(timedelta(hours=24)),
              lambda: timezone(3600), lambda: timezone(timedelta(hours=1), 5),
              lambda: datetime(2026, 1, 1, tzinfo="UTC"),
              lambda: ZONES["Berlin"].fromutc(naive)]
    for check in checks:
        try:
            print(check())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
