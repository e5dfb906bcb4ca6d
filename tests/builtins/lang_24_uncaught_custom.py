# An uncaught custom exception raised from another, after finally blocks run.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing config key: {key}")
        self.key = key

config = {"host": "localhost"}

def get(key):
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError(key) from e
    finally:
        print("lookup", key)

print(get("host"))
try:
    get("port")
finally:
    print("cleanup before exit")
