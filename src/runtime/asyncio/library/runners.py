# Part of Looplab's asyncio (see ../mod.rs): the parts of CPython 3.12's asyncio written in
# Python there, rewritten to do their work in the same order, with the same futures and the
# same loop callbacks, so a program takes the same hops through the event loop. Every part
# runs, in the order mod.rs lists, in the one namespace of the `asyncio` module, so a part
# may use what earlier parts and the natives (futures, tasks, the loop) define.
#
# CPython: the steps asyncio/runners.py's Runner.close() runs after the main task, which
# are methods of base_events.BaseEventLoop there.

# ----- the runner's shutdown steps ----------------------------------------------------

class BaseEventLoop:
    """The coroutines asyncio.run() runs as tasks after the main task (they take task
    numbers, as in CPython)."""

    async def shutdown_asyncgens(self):
        # The async generators first iterated in this loop and still alive: a task each
        # runs its aclose(), as gather() wraps them.
        closing_agens = self._take_asyncgens()
        if not closing_agens:
            return
        results = await gather(*[ag.aclose() for ag in closing_agens],
                               return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self._log_asyncgen_close_error(agen, result)

    async def shutdown_default_executor(self):
        # CPython joins the executor's threads in a helper thread that reports back with
        # call_soon_threadsafe: the task resumes two iterations later.
        future = self.create_future()
        self.call_soon(_set_result_unless_cancelled, future, None)
        await future
