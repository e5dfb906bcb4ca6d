# Part of Looplab's asyncio (see ../mod.rs): the parts of CPython 3.12's asyncio written in
# Python there, rewritten to do their work in the same order, with the same futures and the
# same loop callbacks, so a program takes the same hops through the event loop. Every part
# runs, in the order mod.rs lists, in the one namespace of the `asyncio` module, so a part
# may use what earlier parts and the natives (futures, tasks, the loop) define.
#
# CPython: asyncio/threads.py.

# ----- threads ------------------------------------------------------------------------

async def to_thread(func, /, *args, **kwargs):
    """Run `func` in the default executor (four virtual worker threads) and wait for it."""
    loop = get_running_loop()
    call = _partial(_copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)


def _copy_context():
    # The job runs in a copy of the caller's context, as CPython's to_thread does.
    from contextvars import copy_context
    return copy_context()
