# A chat bot that answers messages from several users concurrently: intents are regexes
# (IGNORECASE, word boundaries, lookbehind for currency, alternation with optional
# groups, conditional groups); unmatched messages fall through to a default reply.
import asyncio
import re

INTENTS = [
    ("greet", re.compile(r"\b(?:hi|hello|hey)\b(?:\s+(?P<name>[A-Z][a-z]+))?", re.I)),
    ("price", re.compile(r"(?<=\$)(?P<amount>\d+(?:\.\d\d)?)")),
    ("time", re.compile(r"\bat (?P<hour>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>am|pm)?\b", re.I)),
    ("quote", re.compile(r"""(?P<q>["'])(?P<text>.+?)(?P=q)""")),
    ("tag", re.compile(r"(<)?(?P<tag>#\w+)(?(1)>|)")),
]


def reply(message):
    for intent, pattern in INTENTS:
        m = pattern.search(message)
        if m:
            args = {k: v for k, v in m.groupdict().items() if v is not None}
            return f"{intent} {args} span={m.span()}"
    return "sorry, I did not understand"


async def user(name, messages, inbox):
    for i, msg in enumerate(messages):
        await asyncio.sleep(0.1 * (i + 1) + 0.01 * len(name))
        await inbox.put((name, msg))


async def bot(inbox, expected):
    for _ in range(expected):
        name, msg = await inbox.get()
        print(f"{name}> {msg}\n  bot: {reply(msg)}")


async def main():
    inbox = asyncio.Queue()
    convo = {
        "ann": ["Hello Bob", "is $19.99 the final price?", "meet at 7:30 pm"],
        "cy": ["hey", "he said 'ship it' twice", "tagged <#release> and #ops"],
        "dee": ["what?", "at 25 o'clock"],
    }
    total = sum(len(v) for v in convo.values())
    await asyncio.gather(bot(inbox, total), *(user(n, m, inbox) for n, m in convo.items()))
    print(INTENTS[2][1].search("AT 11 AM").groups(), INTENTS[4][1].findall("<#a> #b <#c"))
    print(re.findall(r"(?<!\w)#\w+", "x#no #yes (#also)"), re.findall(r"\b\w+(?=ing\b)", "singing and running fast"))


asyncio.run(main())
