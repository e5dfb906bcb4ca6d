# asyncio.Runner (3.11+): several top-level coroutines on one loop, in one context, so a
# ContextVar set by one run is seen by the next; the runner closes its loop on exit.
import asyncio
import contextvars

session = contextvars.ContextVar("session", default=None)


async def login(user):
    await asyncio.sleep(0.5)
    session.set(user)
    return f"{user} logged in"


async def whoami():
    await asyncio.sleep(0.1)
    return f"session={session.get()} t={asyncio.get_running_loop().time():.1f}"


with asyncio.Runner() as runner:
    print(runner.run(login("ada")))
    print(runner.run(whoami()))
    loop = runner.get_loop()
    print("current loop is the runner's:", asyncio.get_event_loop() is loop)
    task_names = runner.run(asyncio.sleep(0.2, result=[t.get_name() for t in asyncio.all_tasks(loop)]))
    print("tasks seen:", task_names)
print("closed after with:", loop.is_closed())
print("outside, session is", session.get())
try:
    runner.run(whoami())
except RuntimeError as error:
    print("RuntimeError:", error)

other = asyncio.Runner()
try:
    other.run(whoami)
except ValueError as error:
    print("ValueError:", error)
print(other.run(whoami()))
other.close()
other.close()
