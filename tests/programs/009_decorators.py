# Decorators: a plain wrapper, one that takes arguments, stacking, and
# functools.wraps to keep the wrapped function's name. Also @property,
# @staticmethod and @classmethod on a class.

import functools

call_log = []


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        call_log.append(func.__name__)
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result!r}")
        return result
    return wrapper


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ConnectionError as err:
                    print(f"  attempt {attempt} failed: {err}")
            return "gave up"
        return wrapper
    return decorate


@logged
def add(a, b):
    return a + b


attempts_left = [2]


@logged
@retry(times=3)
def flaky_download(name):
    if attempts_left[0] > 0:
        attempts_left[0] -= 1
        raise ConnectionError(f"reset while fetching {name}")
    return f"{name}.zip"


add(2, 3)
flaky_download("dataset")
print("wrapped names:", add.__name__, flaky_download.__name__, call_log)


class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._celsius = (value - 32) * 5 / 9

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

    @classmethod
    def from_fahrenheit(cls, value):
        return cls((value - 32) * 5 / 9)


t = Temperature(25)
print(t.fahrenheit)
t.fahrenheit = 212
print(t._celsius, Temperature.is_freezing(-3), Temperature.from_fahrenheit(50)._celsius)
