# Looplab's asyncio library: the parts of CPython 3.12's asyncio written in Python there,
# rewritten for Looplab. Every function below does its work in the same order, with the same
# futures and the same loop callbacks as CPython's, so a program takes the same hops
# through the event loop. Futures, tasks and the loop itself are native (see future.rs and
# event_loop.rs), as CPython's _asyncio accelerator makes them.
#
# The hooks _changed(), _held() and _grouped() only report state to Looplab's visualizer;
# they do not affect scheduling, and are called only when _VISUAL is true (the visualizer
# records).

TimeoutError = TimeoutError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() when the queue has no item."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() when the queue has no room."""


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited on it."""


QueueEmpty.__module__ = 'asyncio.queues'
QueueFull.__module__ = 'asyncio.queues'
BrokenBarrierError.__module__ = 'asyncio.exceptions'


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
        loop = get_running_loop()
    return loop.create_task(coro_or_future)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')


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
        loop = get_running_loop()
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


# ----- timeouts -----------------------------------------------------------------------

class Timeout:
    """An async context manager that cancels the task when its deadline passes."""

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f'when={when}')
        return f"<Timeout [{self._state}]{' '.join(info)}>"

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = 'active'
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # The cancellation was ours: it becomes a TimeoutError.
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


Timeout.__module__ = 'asyncio.timeouts'


def timeout(delay):
    """A Timeout `delay` seconds from now (None: no deadline)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


timeout_ = timeout


def timeout_at(when):
    """A Timeout at the loop time `when`."""
    return Timeout(when)


# ----- task groups --------------------------------------------------------------------

class TaskGroup:
    """Tasks that finish together: if one fails, the others are cancelled."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        if _VISUAL: _grouped(self, 'TaskGroup', self._parent_task, (), True)
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                group = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise group from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        if _VISUAL: _grouped(self, 'TaskGroup', self._parent_task, (task,), False)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


TaskGroup.__module__ = 'asyncio.taskgroups'


# ----- threads ------------------------------------------------------------------------

async def to_thread(func, /, *args, **kwargs):
    """Run `func` in the default executor (four virtual worker threads) and wait for it."""
    loop = get_running_loop()
    call = _partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, call)


# ----- locks --------------------------------------------------------------------------

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


def _primitive_repr(self, extra):
    return f'<asyncio.locks.{type(self).__name__} object at {hex(id(self))} [{extra}]>'


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A mutex: one task holds it at a time; the others queue FIFO."""

    def __init__(self):
        self._waiters = None
        self._locked = False
        if _VISUAL: _changed(self)

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _primitive_repr(self, extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            if _VISUAL: _held(self, True)
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        if _VISUAL: _changed(self)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
                if _VISUAL: _changed(self)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        if _VISUAL: _held(self, True)
        return True

    def release(self):
        if self._locked:
            self._locked = False
            if _VISUAL: _held(self, False)
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """A flag tasks can wait for; set() wakes every waiter."""

    def __init__(self):
        self._waiters = _deque()
        self._value = False
        if _VISUAL: _changed(self)

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _primitive_repr(self, extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)
            if _VISUAL: _changed(self)

    def clear(self):
        self._value = False
        if _VISUAL: _changed(self)

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        if _VISUAL: _changed(self)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)
            if _VISUAL: _changed(self)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A lock plus waiting for notifications."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()
        if _VISUAL: _changed(self)

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _primitive_repr(self, extra)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            if _VISUAL: _changed(self)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
                if _VISUAL: _changed(self)
        finally:
            # Reacquire the lock, even if cancelled meanwhile.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter of free slots: acquire() takes one (waiting FIFO when none), release()
    gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value
        self._initial = value
        if _VISUAL: _changed(self)

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _primitive_repr(self, extra)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            if _VISUAL: _held(self, True)
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        if _VISUAL: _changed(self)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
                if _VISUAL: _changed(self)
        except CancelledError:
            if not fut.cancelled():
                # We were woken (and counted) but cancelled before running: pass it on.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        if _VISUAL: _held(self, True)
        return True

    def release(self):
        self._value += 1
        if _VISUAL: _held(self, False)
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                # The slot is taken now, on behalf of the waiter that will run.
                self._value -= 1
                fut.set_result(True)
                if _VISUAL: _changed(self)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released more times than it was acquired."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


for _cls in (Lock, Event, Condition, Semaphore, BoundedSemaphore):
    _cls.__module__ = 'asyncio.locks'


class Barrier(_LoopBoundMixin):
    """Tasks wait until `parties` of them have arrived, then all go on."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return _primitive_repr(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == 'broken'


Barrier.__module__ = 'asyncio.locks'


# ----- queues -------------------------------------------------------------------------

def _heappush(heap, item):
    # The item goes at the end, then moves up while smaller than its parent.
    heap.append(item)
    _sift_towards_root(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_towards_leaves(heap, 0)
        return smallest
    return last


def _sift_towards_root(heap, start, position):
    item = heap[position]
    while position > start:
        parent_position = (position - 1) >> 1
        parent = heap[parent_position]
        if item < parent:
            heap[position] = parent
            position = parent_position
            continue
        break
    heap[position] = item


def _sift_towards_leaves(heap, position):
    # Move the smaller child up until a leaf is reached, then put the item there and let it
    # rise (the same comparisons as CPython's heapq, so equal items keep its order).
    end = len(heap)
    start = position
    item = heap[position]
    child = 2 * position + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[position] = heap[child]
        position = child
        child = 2 * position + 1
    heap[position] = item
    _sift_towards_root(heap, start, position)


class Queue(_LoopBoundMixin):
    """A FIFO queue for producers and consumers; with maxsize > 0, put() waits for room."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)
        if _VISUAL: _changed(self)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {hex(id(self))} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            if _VISUAL: _changed(self)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                if _VISUAL: _changed(self)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)
        if _VISUAL: _changed(self)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            if _VISUAL: _changed(self)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                if _VISUAL: _changed(self)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        if _VISUAL: _changed(self)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()
        if _VISUAL: _changed(self)

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue that gives the smallest item first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A queue that gives the most recent item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


for _cls in (Queue, PriorityQueue, LifoQueue):
    _cls.__module__ = 'asyncio.queues'


# ----- the runner's shutdown steps ----------------------------------------------------

class BaseEventLoop:
    """The coroutines asyncio.run() runs as tasks after the main task (they take task
    numbers, as in CPython)."""

    async def shutdown_asyncgens(self):
        # Looplab finalises async generators when they are freed; none is left to close.
        return None

    async def shutdown_default_executor(self):
        # CPython joins the executor's threads in a helper thread that reports back with
        # call_soon_threadsafe: the task resumes two iterations later.
        future = self.create_future()
        self.call_soon(_set_result_unless_cancelled, future, None)
        await future
