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


# ----- Runner -------------------------------------------------------------------------

class Runner:
    """asyncio.Runner: runs coroutines, one after another, on a loop of its own, which it
    makes on first use (the thread's current loop, unless a loop_factory makes it) and
    closes as asyncio.run closes its loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            _close_runner_loop(self._loop, self._set_event_loop)
        finally:
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        from contextvars import copy_context
        self._context = copy_context()
        self._state = 'initialized'


Runner.__module__ = 'asyncio.runners'


# ----- coroutine functions (CPython: asyncio/coroutines.py) ----------------------------

_is_coroutine = object()


def iscoroutinefunction(func):
    """Whether calling func makes a coroutine (through bound methods and partials), or
    the old @coroutine decorator marked it."""
    return _kind(func) == 'coroutine' or getattr(func, '_is_coroutine', None) is _is_coroutine
