# The classic contextvars example: a request id set in each handler task is what the logging
# helper prints, without passing it around. Each task runs in a copy of its creator's context,
# so a set() in one request is invisible to the others and to main; asyncio.to_thread copies
# the context into the worker thread, plain run_in_executor does not.
import asyncio
import contextvars
import time

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(msg):
    who = user.get("anonymous")
    print(f"{asyncio.get_running_loop().time():.1f} [{request_id.get()}] {who}: {msg}")


def blocking_lookup(key):
    time.sleep(0.2)
    return f"{key}@{request_id.get()}"


async def query(sql):
    log(f"query {sql!r}")
    await asyncio.sleep(0.1)
    return sql.split()[-1]


async def handle(rid, name, delay):
    request_id.set(rid)
    user.set(name)
    log("request received")
    await asyncio.sleep(delay)
    table = await query(f"SELECT * FROM {name}_orders")
    found = await asyncio.to_thread(blocking_lookup, table)
    log(f"to_thread saw {found}")
    loop = asyncio.get_running_loop()
    plain = await loop.run_in_executor(None, blocking_lookup, table)
    log(f"run_in_executor saw {plain}")
    return rid


async def main():
    log("server starting")
    done = await asyncio.gather(handle("req-1", "alice", 0.3), handle("req-2", "bob", 0.1))
    log(f"handled {done}")
    token = request_id.set("shutdown")
    log("main set its own id")
    request_id.reset(token)
    log("and reset it")


asyncio.run(main())
