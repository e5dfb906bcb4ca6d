# Validating sign-up forms concurrently: each field has a rule (fullmatch, lookaheads for
# password strength, IGNORECASE emails, VERBOSE phone numbers); a bad rule written by a
# "plugin" shows re.error's message, position and pattern.
import asyncio
import re

RULES = {
    "username": re.compile(r"[a-z_][a-z0-9_]{2,15}"),
    "email": re.compile(r"[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}", re.I),
    "password": re.compile(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?!.*\s).{8,}"),
    "phone": re.compile(r"""
        (?:\+(?P<country>\d{1,3})[ -]?)?   # optional country code
        \(?(?P<area>\d{3})\)?[ -]?         # area code, maybe in parentheses
        (?P<number>\d{3}[ -]?\d{4})        # the rest
    """, re.VERBOSE),
}

FORMS = [
    {"username": "ada_l", "email": "Ada@Example.COM", "password": "Secr3tPass", "phone": "+44 (020) 555-0101"},
    {"username": "9lives", "email": "cat@home", "password": "password", "phone": "555 1234"},
    {"username": "bob", "email": "bob.smith+news@mail.example.org", "password": "Has Space 1A", "phone": "(212) 555 0199"},
]


async def check(form_id, form):
    await asyncio.sleep(0.01 * form_id)
    problems = []
    for field, rule in RULES.items():
        m = rule.fullmatch(form[field])
        if m is None:
            problems.append(field)
        elif field == "phone":
            print(f"form {form_id}: phone parts {m.groupdict('-')} groups={m.groups()}")
    return form_id, problems


async def main():
    results = await asyncio.gather(*(check(i, f) for i, f in enumerate(FORMS)))
    for form_id, problems in results:
        print(f"form {form_id}:", "ok" if not problems else "invalid " + ", ".join(problems))
    print(RULES["email"].match("x@y.io trailing"), RULES["email"].fullmatch("x@y.io trailing"))
    print(RULES["username"].search("  -- valid_name --", 3, 14))
    for bad in ["[a-z", "(?P<id>\\d+", "a{5,2}", "x**", "(?<=\\w+)end", "\\k"]:
        try:
            re.compile(bad)
        except re.error as e:
            print(f"plugin rule {bad!r}: {e.msg} (pos={e.pos}, pattern={e.pattern!r})")
    print(sorted(RULES), re.I, re.VERBOSE | re.I)


asyncio.run(main())
