# An uncaught exception ends the program with a traceback on stderr and
# exit status 1. Here a KeyError is re-raised as a user exception with
# `raise ... from ...`, so the traceback shows both, chained.

class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as err:
        raise ConfigError(f"missing setting {key!r}") from err


settings = {"workers": 4}
print("workers:", read_setting(settings, "workers"))
print("timeout:", read_setting(settings, "timeout"))
print("never printed")
