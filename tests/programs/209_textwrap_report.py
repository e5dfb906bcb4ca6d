# A status report assembled from concurrent checks: each check returns a long message
# that is wrapped to a column (wrap, fill with indents), summarised with shorten and
# max_lines, and the report template is dedented and indented for an email quote.
import asyncio
import textwrap

CHECKS = {
    "database": "Replication lag is within limits; the primary handled 1,204 queries per second "
                "with a p99 latency of 38 ms. No long-running transactions were found.",
    "cache": "Hit ratio dropped to 71% after the 02:00 deploy -- well-known cold-start behaviour "
             "that should recover within the hour. Eviction rate is normal.",
    "queue": "Backlog: 0.  Workers: 8.  Supercalifragilisticexpialidocious-named-consumer is idle.",
}


async def run_check(name, delay):
    await asyncio.sleep(delay)
    return name, CHECKS[name]


async def main():
    results = await asyncio.gather(*(run_check(n, d) for n, d in [("database", 0.3), ("cache", 0.1), ("queue", 0.2)]))
    for name, text in results:
        print(textwrap.fill(text, width=40, initial_indent=f"{name:>9}: ", subsequent_indent=" " * 11))
        print(" " * 11 + "summary:", textwrap.shorten(text, width=45))
    name, text = results[1]
    print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
    print(textwrap.wrap(results[2][1], 20, break_long_words=False))
    print(textwrap.wrap(results[2][1], 20, fix_sentence_endings=True))
    print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", 6), textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", 6, break_on_hyphens=False))
    template = """
        Subject: nightly report

            All checks ran.
        Regards,
    """
    body = textwrap.dedent(template).strip("\n")
    print(body)
    print(textwrap.indent(body, "> "))
    print(textwrap.indent(body, "| ", lambda line: line.strip().startswith("All")))
    wrapper = textwrap.TextWrapper(width=25, expand_tabs=True, tabsize=4, drop_whitespace=False)
    print(wrapper.wrap("col1\tcol2\tcol3 and some trailing words"))
    try:
        textwrap.shorten("too small", width=3)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
