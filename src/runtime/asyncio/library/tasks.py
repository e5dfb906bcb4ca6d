# Part of Looplab's asyncio (see ../mod.rs): the parts of CPython 3.12's asyncio written in
# Python there, rewritten to do their work in the same order, with the same futures and the
# same loop callbacks, so a program takes the same hops through the event loop. Every part
# runs, in the order mod.rs lists, in the one namespace of the `asyncio` module, so a part
# may use what earlier parts and the natives (futures, tasks, the loop) define.
#
# CPython: asyncio/tasks.py (sleep, ensure_future, gather, shield, wait, wait_for,
# as_completed) and futures.wrap_future.
#
# The hooks _changed(), _held() and _grouped() only report state to Looplab's visualizer;
# they do not affect scheduling, and are called only when _VISUAL is true (the visualizer
# records).

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# ----- sleeping -----------------------------------------------------------------------

async def sleep(delay, result=None):
    """Suspend the calling task for `delay` seconds of (virtual) time."""
    if delay <= 0:
        # A bare yield: the task runs again on the next loop iteration.
        await _yield_once()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


# ----- wrapping awaitables ------------------------------------------------------------

def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: itself if it is one, else a task running it."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            async def _wrap_awaitable(awaitable):
                return await awaitable
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    return _wrap_concurrent(future, loop)


# ----- gather -------------------------------------------------------------------------

class _GatheringFuture(Future):
    """The future gather() returns: cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # The outer future is cancelled once the children have finished.
            self._cancel_requested = True
        return cancelled_any


_GatheringFuture.__module__ = 'asyncio.tasks'


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; the result is the list of their results."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception as retrieved.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            error = fut.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if finished == count:
            results = []
            for child in children:
                if child.cancelled():
                    message = child._cancel_message()
                    results.append(CancelledError('' if message is None else message))
                else:
                    value = child.exception()
                    if value is None:
                        value = child.result()
                    results.append(value)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    futures_by_argument = {}
    children = []
    count = 0
    finished = 0
    already_done = []
    loop = None
    outer = None
    for argument in coros_or_futures:
        if argument not in futures_by_argument:
            fut = ensure_future(argument, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            count += 1
            futures_by_argument[argument] = fut
            if fut.done():
                already_done.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            fut = futures_by_argument[argument]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    if _VISUAL: _grouped(outer, 'gather', None, children, True)
    # Children that were already done are counted now (3.12: no extra loop iteration).
    for fut in already_done:
        _done_callback(fut)
    return outer


# ----- shield -------------------------------------------------------------------------

def shield(arg):
    """Wait for `arg` without letting a cancellation of the waiter cancel it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            error = inner.exception()
            if error is not None:
                outer.set_exception(error)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# ----- wait, wait_for, as_completed ---------------------------------------------------

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures until `return_when`; returns the sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def _on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    callback = _partial(_release_waiter, waiter)
    fut.add_done_callback(callback)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(callback)


async def wait_for(fut, timeout):
    """Wait for `fut` at most `timeout` seconds; on timeout cancel it, raise TimeoutError."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as error:
            raise TimeoutError from error
    async with timeout_(timeout):
        return await fut


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give the results in the order they finish."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    # A generator function, as in CPython 3.12: nothing happens until the first next().
    finished = Queue()
    loop = get_running_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            finished.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def _wrap_concurrent(future, loop):
    # wrap_future of a concurrent.futures.Future (below the lines cpython_places.rs lists).
    wrap = getattr(future, '_asyncio_wrap', None)
    if wrap is None:
        raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
    return wrap(get_event_loop() if loop is None else loop)


# ----- run_coroutine_threadsafe -------------------------------------------------------

def run_coroutine_threadsafe(coro, loop):
    """From another thread (an executor job): run the coroutine on the loop; the result comes
    back in a concurrent.futures.Future."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    # concurrent.futures is Python the web app downloads: imported on first use only.
    future = _import_module('concurrent.futures').Future()

    def callback():
        try:
            _chain_to_concurrent(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


def _chain_to_concurrent(source, destination):
    # futures._chain_future(source, destination) for a concurrent destination: its state is
    # set as the source finishes; cancelling it cancels the source, in the source's loop.
    source_loop = source.get_loop()

    def _call_check_cancel(dest):
        if dest.cancelled():
            source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(src):
        if src.cancelled():
            destination.cancel()
        if not destination.set_running_or_notify_cancel():
            return
        exception = src.exception()
        if exception is not None:
            destination.set_exception(exception)
        else:
            destination.set_result(src.result())

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)
