# Exceptions: try/except/else/finally ordering, catching by base class,
# user-defined exception hierarchies with extra fields, re-raising,
# `raise ... from ...` chaining (__cause__), and exception args.

class APIError(Exception):
    def __init__(self, status, message):
        super().__init__(f"{status}: {message}")
        self.status = status


class RateLimitError(APIError):
    pass


class ConfigError(Exception):
    pass


def call_api(status):
    if status == 429:
        raise RateLimitError(status, "slow down")
    if status >= 400:
        raise APIError(status, "request failed")
    return {"status": status}


for status in [200, 429, 500]:
    try:
        response = call_api(status)
    except RateLimitError as err:
        print("rate limited:", err, "| status field:", err.status)
    except APIError as err:
        print("api error:", err, "| is RateLimitError?", isinstance(err, RateLimitError))
    else:
        print("success:", response)
    finally:
        print("  finished handling", status)


def load_settings(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError(f"bad number of workers: {text!r}") from err


try:
    load_settings("four")
except ConfigError as err:
    print(type(err).__name__, err)
    print("caused by", type(err.__cause__).__name__, "-", err.__cause__)


def cleanup_order():
    try:
        print("  try body")
        return "returned from try"
    finally:
        print("  finally runs before the caller sees the value")


print(cleanup_order())

try:
    try:
        {}["missing"]
    except KeyError:
        print("handling KeyError, then re-raising")
        raise
except LookupError as err:
    print("outer caught", repr(err), err.args)

try:
    raise ValueError("first", 2)
except (TypeError, ValueError) as err:
    print("tuple of types caught:", err.args)

errors = []
for text in ["1", "x", "3"]:
    try:
        errors.append(10 // int(text))
    except (ValueError, ZeroDivisionError) as err:
        errors.append(type(err).__name__)
print(errors)
print("err name is unbound after except:", "err" not in dir())
