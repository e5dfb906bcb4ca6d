# Capstone: an LLM batch processor.
#
# PROMPTS holds 1,000 support tickets to summarize. complete(prompt) below stands in for an
# LLM API call: it takes 0.2 to 1.0 virtual seconds and returns the answer, but like a real
# API it sometimes fails:
#   - RateLimitError and APITimeoutError are transient (both are TransientError): the same
#     prompt succeeds if you try again a little later.
#   - ContentPolicyError is permanent: that prompt fails every time.
#
# Your task: answer every prompt.
#   - Never have more than MAX_CONCURRENCY calls in flight.
#   - Retry transient errors with exponential backoff plus jitter. Make the jitter
#     reproducible: draw it from random.Random(seed), not from the global random module.
#   - Do not retry permanent errors: give up on those prompts and keep their error.
#   - Call write_jsonl(record) once per prompt, in index order, with a dict
#     {"index": i, "prompt": ..., "answer": ... or "error": ..., "attempts": n}.
# The checks at the end read what the API saw and the records you wrote.
#
# Your solution is checked in several worlds: other seeds (other prompts fail), a stricter
# concurrency limit, prompts that time out three times. WORLD below is the first; a batch
# that counts on one world's numbers fails in another.

import asyncio
import json
import random

import _netsim

WORLD = {"name": "calm", "budget": 30, "concurrency": 50, "latency": [0.2, 1.0], "seed": 0, "timeouts": 2}
_netsim.configure(seed=WORLD["seed"])

PROMPTS = [f"summarize ticket {i}" for i in range(1000)]
MAX_CONCURRENCY = WORLD["concurrency"]


class TransientError(Exception):
    """A failure worth retrying."""


class RateLimitError(TransientError):
    pass


class APITimeoutError(TransientError):
    pass


class ContentPolicyError(Exception):
    """A permanent failure: retrying the same prompt never helps."""


TOPICS = ["billing", "login", "shipping", "refund", "bug report", "feature request", "account"]
PROMPT_INDEX = {prompt: i for i, prompt in enumerate(PROMPTS)}


# How long an answer takes and which prompts fail come from _netsim, the model behind
# Looplab's simulated network (the one its aiohttp, httpx and openai use): numbers that
# follow from the prompt, the same on every run.


def answer_latency(i):
    """How long the model takes to answer prompt i: 0.2 to 1.0 seconds in the first world."""
    low, high = WORLD["latency"]
    return _netsim.latency(PROMPTS[i], low, high)


def model_failures(prompt):
    """How the API fails prompt: (what, how many calls fail before one succeeds)."""
    if _netsim.fails(prompt + " | content filter", 0.008):
        return "policy", None  # rejected every time (about 1 in 125)
    if _netsim.fails(prompt + " | timeout", 0.09):
        return "timeout", WORLD["timeouts"]  # times out twice in the first world (1 in 11)
    if _netsim.fails(prompt + " | rate limit", 0.14):
        return "rate limit", 1  # rate limited once (about 1 in 7)
    return None, 0


FAILURES = [model_failures(prompt) for prompt in PROMPTS]


def failures_before_success(i):
    """How many calls to prompt i fail before one succeeds (None: it never succeeds)."""
    return FAILURES[i][1]


# ---- instrumentation: what the API saw ----
in_flight = 0  # calls running right now
peak_in_flight = 0  # the most calls ever running at once
calls = {}  # prompt index -> number of calls
successes = {}  # prompt index -> number of successful calls
last_call_done = 0.0  # virtual time at which the last call finished


async def complete(prompt):
    """Simulated LLM API call: returns a one-line summary of the ticket."""
    global in_flight, peak_in_flight, last_call_done
    if prompt not in PROMPT_INDEX:
        raise ValueError(f"unknown prompt: {prompt!r}")
    i = PROMPT_INDEX[prompt]
    calls[i] = calls.get(i, 0) + 1
    attempt = calls[i]
    in_flight += 1
    peak_in_flight = max(peak_in_flight, in_flight)
    try:
        how, fails = FAILURES[i]
        if fails is None:
            await asyncio.sleep(0.3)
            raise ContentPolicyError(f"ticket {i} was flagged by the content filter")
        if attempt <= fails:
            if how == "timeout":
                await asyncio.sleep(1.5)  # the request hangs until the API gives up
                raise APITimeoutError(f"no answer for ticket {i} within 1.5s")
            await asyncio.sleep(0.1)  # rejected at once
            raise RateLimitError(f"rate limit reached, ticket {i}")
        await asyncio.sleep(answer_latency(i))
        successes[i] = successes.get(i, 0) + 1
        return f"Ticket {i}: a {TOPICS[i % len(TOPICS)]} issue, priority {1 + i % 3}."
    finally:
        in_flight -= 1
        last_call_done = asyncio.get_running_loop().time()


results_jsonl = []  # the lines of results.jsonl


def write_jsonl(record):
    """Append one record to results.jsonl."""
    results_jsonl.append(json.dumps(record, sort_keys=True))


def report():
    print("--- results.jsonl ---")
    indexes = []
    errors = 0
    for line in results_jsonl:
        print(line)
        record = json.loads(line)
        if isinstance(record, dict):
            indexes.append(record.get("index"))
            errors += "error" in record
        else:
            indexes.append(None)
    print("--- end ---")
    transient = [i for i in calls if failures_before_success(i)]
    summary = {
        "prompts": len(PROMPTS),
        "answered": len(successes),
        "answered_more_than_once": sum(1 for n in successes.values() if n > 1),
        "peak_in_flight": peak_in_flight,
        "permanent_errors": sum(1 for i in range(len(PROMPTS)) if failures_before_success(i) is None),
        "errors_recorded": errors,
        "jsonl_records": len(results_jsonl),
        "jsonl_in_order": indexes == list(range(len(PROMPTS))),
        "max_attempts_on_transient": max([calls[i] for i in transient], default=0),
        "attempts_needed": WORLD["timeouts"] + 1,
        "max_concurrency": MAX_CONCURRENCY,
        "time_budget": WORLD["budget"],
        "virtual_time": round(last_call_done, 3),
    }
    print("REPORT " + json.dumps(summary))


# ---- your solution below ----
MAX_ATTEMPTS = 5
BASE_DELAY = 0.5  # seconds before the first retry; doubled after each failure

limiter = asyncio.Semaphore(MAX_CONCURRENCY)
jitter = random.Random(42)  # seeded: the same "random" delays on every run


async def call_with_retry(prompt):
    """Returns (answer, None, attempts) or (None, error message, attempts)."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            async with limiter:  # hold a slot only while the request runs
                return await complete(prompt), None, attempt
        except TransientError as err:
            if attempt == MAX_ATTEMPTS:
                return None, f"{type(err).__name__}: {err}", attempt
            delay = BASE_DELAY * 2 ** (attempt - 1)
            await asyncio.sleep(delay + jitter.uniform(0, delay / 2))
        except ContentPolicyError as err:
            return None, f"{type(err).__name__}: {err}", attempt


async def main():
    loop = asyncio.get_running_loop()
    outcomes = await asyncio.gather(*(call_with_retry(p) for p in PROMPTS))
    for index, (prompt, (answer, error, attempts)) in enumerate(zip(PROMPTS, outcomes)):
        record = {"index": index, "prompt": prompt, "attempts": attempts}
        if error is None:
            record["answer"] = answer
        else:
            record["error"] = error
        write_jsonl(record)
    failed = sum(1 for _, error, _ in outcomes if error is not None)
    print(f"{len(PROMPTS) - failed} answered, {failed} failed, in {loop.time():.1f}s")


asyncio.run(main())
# ---- checks below ----
report()
