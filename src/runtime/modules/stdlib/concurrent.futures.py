# The Python half of `concurrent.futures`: CPython's Future, and pools whose jobs run on the
# event loop's virtual worker threads (`_submit`, native): max_workers jobs at a time on the
# clock of the loop that first submits to it, extra jobs queue FIFO and the worker that
# finishes takes the next, as the oracle's pools do. Processes run as threads. Nothing here
# can block: waiting on an unfinished future would hang the loop's only thread.

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_DONE = ('CANCELLED_AND_NOTIFIED', 'FINISHED')


class _Error(Exception):
    __module__ = 'concurrent.futures._base'


class CancelledError(_Error):
    __module__ = 'concurrent.futures._base'


class InvalidStateError(_Error):
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    __module__ = 'concurrent.futures._base'


def _blocks(what):
    return NotImplementedError(
        f'{what} would block the event loop forever (Looplab runs every thread on it): '
        'await asyncio.wrap_future(future) instead')


class Future:
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._state = 'PENDING'
        self._result = self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        s = self._state
        text = f"<Future at {id(self):#x} state={s.split('_')[0].lower()}"
        if s == 'FINISHED':
            if self._exception:
                return f'{text} raised {type(self._exception).__name__}>'
            return f'{text} returned {type(self._result).__name__}>'
        return text + '>'

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            self._call(callback)

    def _call(self, callback):
        try:
            callback(self)
        except Exception:
            import sys, traceback
            print(f'exception calling callback for {self!r}', file=sys.stderr)
            traceback.print_exc()

    def cancel(self):
        if self._state in ('RUNNING', 'FINISHED'):
            return False
        if self._state in ('CANCELLED', 'CANCELLED_AND_NOTIFIED'):
            return True
        self._state = 'CANCELLED'
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in ('CANCELLED', 'CANCELLED_AND_NOTIFIED')

    def running(self):
        return self._state == 'RUNNING'

    def done(self):
        return self._state in ('CANCELLED', 'CANCELLED_AND_NOTIFIED', 'FINISHED')

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
        else:
            self._call(fn)

    def _wait(self, timeout):
        if self.cancelled():
            raise CancelledError()
        if self._state != 'FINISHED':
            if timeout is None:
                raise _blocks('waiting for an unfinished Future')
            raise TimeoutError()

    def result(self, timeout=None):
        self._wait(timeout)
        if self._exception:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == 'CANCELLED':
            self._state = 'CANCELLED_AND_NOTIFIED'
            return False
        if self._state == 'PENDING':
            self._state = 'RUNNING'
            return True
        raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        if self._state in ('CANCELLED', 'CANCELLED_AND_NOTIFIED', 'FINISHED'):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result, self._exception, self._state = result, exception, 'FINISHED'
        self._invoke_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def _asyncio_wrap(self, loop):
        # asyncio.futures._chain_future(self, new): the result comes back with
        # call_soon_threadsafe; a cancelled asyncio future cancels this one.
        new = loop.create_future()

        def check_cancel(dest):
            if dest.cancelled():
                self.cancel()

        def set_state(source):
            if new.cancelled() and loop.is_closed():
                return
            loop.call_soon(_copy_state, source, new)

        new.add_done_callback(check_cancel)
        self.add_done_callback(set_state)
        return new


def _copy_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source._exception
    if exc is None:
        dest.set_result(source._result)
        return
    if type(exc) is CancelledError or type(exc) is InvalidStateError:
        import asyncio
        exc = getattr(asyncio, type(exc).__name__)(*exc.args)
    dest.set_exception(exc)


def _work(fut, fn, args, kwargs):
    # A worker thread's turn at a job (what the oracle's pool worker does).
    if fut.set_running_or_notify_cancel():
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)


class Executor:
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    yield fs.pop().result(timeout)
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is not None and max_workers < 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers or 4   # the simulated machine's 4 CPUs
        self._loop = self._pool = None

    def submit(self, fn, /, *args, **kwargs):
        if self._loop is None:   # bound to the loop that first submits
            import asyncio
            self._loop = asyncio.get_running_loop()
        fut = Future()
        self._pool = _submit(self._loop, self._pool, self._max_workers, _work, fn,
                             fut, fn, args, kwargs)
        return fut


class ProcessPoolExecutor(ThreadPoolExecutor):
    __module__ = 'concurrent.futures.process'


class DoneAndNotDoneFutures:
    __module__ = 'concurrent.futures._base'

    def __init__(self, done, not_done):
        self.done, self.not_done = done, not_done

    def __repr__(self):
        return f'DoneAndNotDoneFutures(done={self.done!r}, not_done={self.not_done!r})'

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

    def __len__(self):
        return 2


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f._state in _DONE}
    not_done = fs - done
    ok = (len(done) == len(fs) or return_when == FIRST_COMPLETED and done or
          return_when == FIRST_EXCEPTION and any(
              not f.cancelled() and f._exception is not None for f in done))
    if not ok and timeout is None:
        raise _blocks('wait() for unfinished futures')
    return DoneAndNotDoneFutures(done, not_done)


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    pending = [f for f in fs if f._state not in _DONE]
    for f in fs:
        if f._state in _DONE:
            yield f
    if pending:
        if timeout is None:
            raise _blocks('as_completed() with unfinished futures')
        raise TimeoutError(f'{len(pending)} (of {len(fs)}) futures unfinished')
