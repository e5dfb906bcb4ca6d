# A notification service: messages are string.Template strings filled per subscriber
# by concurrent senders; missing keys and malformed placeholders are caught and reported,
# safe_substitute leaves unknown ones, and a subclass uses a different delimiter.
import asyncio
import string
from string import Template

MESSAGES = {
    "welcome": Template("Hi $name, welcome to ${team}! Your plan costs $$${price}/mo."),
    "reminder": Template("$name: your trial ends in $days days."),
    "broken": Template("Hello $name, you owe $ 5"),
}


class Percent(Template):
    delimiter = "%"


async def send(subscriber, kind, delay):
    await asyncio.sleep(delay)
    template = MESSAGES[kind]
    try:
        text = template.substitute(subscriber)
    except KeyError as e:
        text = f"[missing {e}] " + template.safe_substitute(subscriber)
    except ValueError as e:
        text = f"[bad template: {e}]"
    print(f"t={asyncio.get_running_loop().time():.1f} to {subscriber['name']}: {text}")


async def main():
    subs = [
        {"name": "Ada", "team": "Analytics", "price": 12},
        {"name": "Linus", "days": 3},
    ]
    async with asyncio.TaskGroup() as tg:
        tg.create_task(send(subs[0], "welcome", 0.2))
        tg.create_task(send(subs[1], "welcome", 0.1))
        tg.create_task(send(subs[1], "reminder", 0.3))
        tg.create_task(send(subs[0], "broken", 0.4))
    print(MESSAGES["welcome"].get_identifiers(), MESSAGES["broken"].is_valid())
    print(Template("$a and $b").substitute({"a": 1}, b=2), Template("${x}y").substitute(x="X"))
    print(Percent("100%% of %who").substitute(who="us"))
    try:
        Template("line one\nline $two and $").substitute(two=2)
    except ValueError as e:
        print("ValueError:", e)
    print(string.capwords("the  quick   BROWN fox"), string.capwords("a_b_c", "_"))
    print(string.ascii_uppercase[:5], string.digits, len(string.punctuation), repr(string.whitespace))
    print(string.Formatter().format("{0:>5}|{name!r}|{1[k]}", 42, {"k": "v"}, name="n"))


asyncio.run(main())
