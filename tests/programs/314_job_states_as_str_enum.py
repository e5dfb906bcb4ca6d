# Job states as a str-valued enum (its members are strings), retry counts as a subclass of
# int, and status marks named with \N{...}: a small job runner with a retry policy.
import asyncio
from enum import Enum, IntEnum


class State(str, Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


class Attempts(int):
    def next(self):
        return Attempts(self + 1)

    def __repr__(self):
        return f"Attempts({int(self)})"


MARK = {State.DONE: "\N{CHECK MARK}", State.FAILED: "\N{BALLOT X}"}


async def run_job(name, priority, fail_times, board):
    attempts = Attempts(0)
    while True:
        attempts = attempts.next()
        board[name] = State.RUNNING
        await asyncio.sleep(0.1 * (3 - priority))
        if attempts > fail_times:
            board[name] = State.DONE
            return attempts
        if attempts >= 3:
            board[name] = State.FAILED
            return attempts
        print(f"{name}: attempt {attempts} failed, retrying")


async def main():
    board = {}
    jobs = {"build": (Priority.HIGH, 0), "test": (Priority.LOW, 1), "deploy": (Priority.HIGH, 5)}
    for name in jobs:
        board[name] = State.QUEUED
    results = await asyncio.gather(
        *(run_job(name, priority, fails, board) for name, (priority, fails) in jobs.items())
    )
    for (name, (priority, _)), attempts in zip(jobs.items(), results):
        state = board[name]
        print(f"{MARK[state]} {name:<7} {state:<7} {state.value!r:9} {priority.name:<4} {attempts!r}")
    print("json-ready:", {name: state for name, state in board.items()} == {
        "build": "done", "test": "done", "deploy": "failed"})
    print(sorted(board.values()), isinstance(State.DONE, str), State("done") is State.DONE)


asyncio.run(main())
