# Cleaning scraped product rows in a worker pool: each row is normalised with re.sub
# (whitespace, prices, dates), fields are split with a quote-aware pattern, lines are
# checked with fullmatch, and a runaway-free atomic/possessive pattern guards input.
import asyncio
import re

ROWS = [
    '  "Widget, large" ,  "$1,299.00" , 2026/01/05 ',
    'Gadget,$15,05-01-2026',
    '"Thing ""quoted""", $0.99 ,2026/13/40',
    'Broken row without commas',
]
FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)')
DATE = re.compile(r"(?P<y>\d{4})/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])")
PRICE = re.compile(r"\$(\d{1,3}(?:,\d{3})*|\d+)(\.\d\d)?")


def fields(row):
    out = []
    for m in FIELD.finditer(row):
        if m.start() == len(row) and out:
            break
        quoted, plain = m.groups()
        out.append(quoted.replace('""', '"') if quoted is not None else plain)
    return out


async def clean(row_id, row, results):
    await asyncio.sleep(0.01 * (4 - row_id))
    parts = fields(row)
    if len(parts) != 3:
        results[row_id] = f"rejected ({len(parts)} field(s))"
        return
    name, price, date = parts
    pm = PRICE.fullmatch(price)
    cents = int(re.sub(",", "", pm[1])) * 100 + int((pm[2] or ".00")[1:]) if pm else None
    dm = DATE.fullmatch(date)
    iso = DATE.sub(r"\g<y>-\g<m>-\g<d>", date) if dm else f"bad date {date!r}"
    results[row_id] = (name, cents, iso)


async def main():
    results = {}
    async with asyncio.TaskGroup() as tg:
        for i, row in enumerate(ROWS):
            tg.create_task(clean(i, row, results))
    for i in sorted(results):
        print(i, results[i])
    print(fields('a,"b,c",,d'))
    print(re.fullmatch(r"(?>\w+)\s*", "word  "), re.fullmatch(r"\w++\d", "abc1"), re.match(r"(?:ab)*+a", "ababa"))
    print(re.sub(r"\s+", " ", ROWS[0]).strip(), re.sub(r"^\s+|\s+$", "", ROWS[0]))


asyncio.run(main())
