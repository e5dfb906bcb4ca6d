# threading's Python half (see logging.rs).
import sys

_running = []  # the program's own threads whose targets run now, innermost last
_threads = {}  # executor worker threads seen, by name
TIMEOUT_MAX = 9223372036.0


def _ident(name):
    if name == "MainThread":
        return 140000000000000
    number = name[7:].split(" ")[0]
    return 140000000000000 + 4096 * (int(number) if number.isdigit() else 999)


def _blocked(what, timeout):
    if timeout is None or timeout < 0:
        raise RuntimeError("%s would block forever: Looplab runs one thread at a time, so no "
                           "other thread can release it" % what)
    return False


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if name is None:
            name = "Thread-%d" % _next_thread()
            if target is not None:
                name += " (%s)" % getattr(target, "__name__", "")
        self._name = str(name)
        self._target, self._args, self._kwargs = target, args, kwargs or {}
        self._daemon = bool(daemon) if daemon is not None else current_thread().daemon
        self._started = self._stopped = False
        self._ident = None

    name = property(lambda self: self._name, lambda self, v: setattr(self, "_name", str(v)))
    ident = property(lambda self: self._ident)
    native_id = ident

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon = value

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _ident(self._name) if self._name[:7] == "Thread-" else 139999999995904
        _running.append(self)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            sys.stderr.write("Exception in thread %s:\n%s\n" % (self._name, _format_exception(e)))
        finally:
            _running.pop()
            self._stopped = True

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    def is_alive(self):
        return self._started and not self._stopped

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._stopped:
            status = "stopped"
        if self._daemon:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _Known(Thread):
    # The main thread or an executor worker: already running when the program sees it.
    def __init__(self, name, daemon):
        Thread.__init__(self, name=name, daemon=daemon)
        self._started = True
        self._ident = _ident(name)


class _MainThread(_Known):
    pass


_main = _MainThread("MainThread", False)


def current_thread():
    if _running:
        return _running[-1]
    name = _thread_name()
    if name == "MainThread":
        return _main
    if name not in _threads:
        _threads[name] = _Known(name, True)
    return _threads[name]


def main_thread():
    return _main


def get_ident():
    return current_thread().ident


get_native_id = get_ident


def enumerate():
    return [_main] + [t for t in _running]


def active_count():
    return len(enumerate())


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        self.args, self.kwargs = args or [], kwargs or {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def start(self):
        try:
            import asyncio
            loop = asyncio.get_running_loop()
        except Exception:
            loop = None
        if loop is None:
            import time
            time.sleep(self.interval)
            Thread.start(self)
        elif self._started:
            raise RuntimeError("threads can only be started once")
        else:
            self._started = True
            loop.call_later(self.interval, self._fire)

    def _fire(self):
        self._started = False
        Thread.start(self)

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        return _blocked("acquiring a held lock", timeout)

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = current_thread()
        if self._count and self._owner is not me:
            return False if not blocking else _blocked("acquiring a held lock", timeout)
        self._owner = me
        self._count += 1
        return True

    def release(self):
        if not self._count or self._owner is not current_thread():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner is current_thread()

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def wait(self, timeout=None):
        return _blocked("Condition.wait()", timeout)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        return _blocked("acquiring a semaphore at zero", timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return True if self._flag else _blocked("Event.wait()", timeout)


class local:
    # Attributes per thread, kept by thread name.
    def __init__(self):
        object.__setattr__(self, "_dicts", {})

    def _dict(self):
        return object.__getattribute__(self, "_dicts").setdefault(current_thread().name, {})

    def __getattr__(self, name):
        try:
            return self._dict()[name]
        except KeyError:
            raise AttributeError("'_thread._local' object has no attribute '%s'" % name) from None

    def __setattr__(self, name, value):
        self._dict()[name] = value

    def __delattr__(self, name):
        if self._dict().pop(name, self) is self:
            raise AttributeError(name)


def Barrier(parties, action=None, timeout=None):
    raise NotImplementedError("threading.Barrier is not supported by Looplab yet")
