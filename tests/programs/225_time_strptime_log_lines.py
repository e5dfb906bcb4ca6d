# Parsing timestamps out of log lines with time.strptime and datetime.strptime, working out
# gaps between events, and the ValueErrors malformed lines give.
import asyncio
import time
from datetime import datetime

LINES = [
    "2026-03-01 08:15:02 INFO service started",
    "2026-03-01 08:15:09 WARN slow response",
    "01/Mar/2026:08:16:40 +0000 GET /index.html",
    "2026-03-01T08:20:00 ERROR disk full",
    "2026-02-30 09:00:00 INFO impossible date",
    "2026-03-01 8:5:1 INFO short fields",
    "2026-03-01 08:25:00extra",
]
FORMATS = ["%Y-%m-%d %H:%M:%S", "%d/%b/%Y:%H:%M:%S %z", "%Y-%m-%dT%H:%M:%S"]


async def parse(line):
    await asyncio.sleep(0.01)
    for fmt in FORMATS:
        stamp_len = len(time.strftime(fmt.replace(" %z", ""), time.gmtime(0)))
        stamp_len += 6 if "%z" in fmt else 0
        text = line[:stamp_len]
        try:
            return datetime.strptime(text, fmt), line[stamp_len:].strip()
        except ValueError as e:
            last = e
    raise last


async def main():
    events = []
    for line in LINES:
        try:
            when, rest = await parse(line)
            events.append((when.replace(tzinfo=None), rest))
            print("ok ", when.isoformat(), "|", rest)
        except ValueError as e:
            print("bad", repr(line[:19]), "->", e)
    for (a, _), (b, what) in zip(events, events[1:]):
        print(f"{(b - a).total_seconds():7.1f}s before {what!r}")
    st = time.strptime("Tue Mar  3 10:11:12 2026")
    print(st, st.tm_isdst, st.tm_zone)
    print(time.strptime("2026 065", "%Y %j")[:3], time.strptime("7 pm", "%I %p").tm_hour)
    print(time.strptime("12 AM Thursday March 5 26", "%I %p %A %B %d %y")[:7])
    print(datetime.strptime("2026-03-05 10:11:12.5", "%Y-%m-%d %H:%M:%S.%f"))
    for data, fmt in [("2026-13-01", "%Y-%m-%d"), ("2026-01-01 10", "%Y-%m-%d"),
                      ("x", "%Y"), ("2026", "%Y %"), ("2026", "%Y%q")]:
        try:
            time.strptime(data, fmt)
        except ValueError as e:
            print("ValueError", e)


asyncio.run(main())
