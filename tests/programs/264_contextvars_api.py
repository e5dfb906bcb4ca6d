# The contextvars API around the event loop: Token and reset (and its errors), copy_context
# and Context.run, the Context as a read-only mapping, callbacks scheduled with context=,
# create_task(context=) and TaskGroup.create_task(context=) sharing one context, and a
# variable set at module level being seen by asyncio.run's main task.
import asyncio
from contextvars import ContextVar, Context, Token, copy_context

counter = ContextVar("counter", default=0)
tag = ContextVar("tag")
tag.set("module")


def bump(label):
    counter.set(counter.get() + 1)
    print(f"{label}: counter={counter.get()} tag={tag.get('?')}")


async def step(label):
    bump(label)
    await asyncio.sleep(0)
    bump(label)


async def main():
    print("main sees tag:", tag.get(), "counter:", counter.get())
    print(counter.name, tag.name, repr(Token.MISSING))
    tok = counter.set(10)
    print("token var is counter:", tok.var is counter, "old:", tok.old_value)
    counter.reset(tok)
    print("after reset:", counter.get())
    try:
        counter.reset(tok)
    except RuntimeError as e:
        print("RuntimeError: token used twice:", "has already been used once" in str(e))
    other = ContextVar("other")
    try:
        other.get()
    except LookupError:
        print("LookupError for a variable with no value and no default")
    try:
        other.reset(counter.set(1))
    except ValueError as e:
        print("ValueError:", "created by a different ContextVar" in str(e))

    ctx = copy_context()
    ctx.run(bump, "ctx.run")
    ctx.run(bump, "ctx.run again")
    print("outside ctx:", counter.get(), "inside:", ctx[counter], ctx.get(tag), len(ctx) >= 2)
    print("in ctx:", counter in ctx, other in ctx, ctx.get(other, "none"))
    try:
        ctx.run(ctx.run, print)
    except RuntimeError as e:
        print("RuntimeError:", "is already entered" in str(e))

    loop = asyncio.get_running_loop()
    loop.call_soon(bump, "call_soon in ctx", context=ctx)
    loop.call_soon(bump, "call_soon default")
    await asyncio.sleep(0)
    print("ctx counter now:", ctx[counter])

    shared = Context()
    t1 = asyncio.create_task(step("task A"), context=shared)
    t2 = asyncio.create_task(step("task B"), context=shared)
    await asyncio.gather(t1, t2)
    print("shared counter:", shared[counter], "main counter:", counter.get())

    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("group 1"))
        tg.create_task(step("group 2"), context=ctx)
    print("ctx counter after group:", ctx[counter])


asyncio.run(main())
