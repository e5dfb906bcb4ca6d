# An expression tokenizer in the style of the re docs: one master pattern of named
# alternatives, scanned with finditer and lastgroup; a task per expression evaluates the
# tokens with a tiny recursive-descent parser and reports unexpected characters.
import asyncio
import re

SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[-+*/()]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in SPEC))


def tokenize(text):
    for m in MASTER.finditer(text):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {m.group()!r} at column {m.start()}")
        yield kind, m.group(), m.start()


def evaluate(tokens, env):
    tokens = list(tokens)
    pos = 0

    def atom():
        nonlocal pos
        kind, value, _ = tokens[pos]
        pos += 1
        if kind == "NUMBER":
            return float(value)
        if kind == "NAME":
            return env[value]
        if value == "(":
            result = expr()
            pos += 1
            return result
        if value == "-":
            return -atom()
        raise SyntaxError(f"unexpected {value!r}")

    def term():
        nonlocal pos
        result = atom()
        while pos < len(tokens) and tokens[pos][1] in "*/":
            op = tokens[pos][1]
            pos += 1
            result = result * atom() if op == "*" else result / atom()
        return result

    def expr():
        nonlocal pos
        result = term()
        while pos < len(tokens) and tokens[pos][1] in "+-":
            op = tokens[pos][1]
            pos += 1
            result = result + term() if op == "+" else result - term()
        return result

    return expr()


async def calc(expression, env, delay):
    await asyncio.sleep(delay)
    try:
        tokens = list(tokenize(expression))
        print(f"{expression!r}: {[t[:2] for t in tokens]}")
        return round(evaluate(tokens, env), 4)
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"


async def main():
    env = {"x": 3, "rate": 0.25}
    exprs = ["1 + 2 * x", "(1.5 + rate) * 4 - -2", "10 / (x - 3)", "2 $ 3", "y + 1"]
    results = await asyncio.gather(*(calc(e, env, 0.1 * i) for i, e in enumerate(exprs)))
    for e, r in zip(exprs, results):
        print(f"{e:>22} = {r}")
    print(MASTER.groupindex)
    print(re.findall(r"\d+(?:\.\d*)?", "a 12 b 3.5 c 7."))


asyncio.run(main())
