# Part of Looplab's asyncio (see ../mod.rs): the parts of CPython 3.12's asyncio written in
# Python there, rewritten to do their work in the same order, with the same futures and the
# same loop callbacks, so a program takes the same hops through the event loop. Every part
# runs, in the order mod.rs lists, in the one namespace of the `asyncio` module, so a part
# may use what earlier parts and the natives (futures, tasks, the loop) define.
#
# CPython: asyncio/locks.py and the mixins of asyncio/mixins.py.
#
# The hooks _changed(), _held() and _grouped() only report state to Looplab's visualizer;
# they do not affect scheduling, and are called only when _VISUAL is true (the visualizer
# records).

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
    return f'<{type(self).__module__}.{type(self).__qualname__} object at {hex(id(self))} [{extra}]>'


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A mutex: one task holds it at a time; the others queue FIFO."""

    def __init__(self):
        self._waiters = None
        self._locked = False
        if _VISUAL: _created(self)

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
        if _VISUAL: _created(self)

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
        if _VISUAL: _created(self)

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
        if _VISUAL: _created(self)

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
