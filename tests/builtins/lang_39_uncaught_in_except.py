# An uncaught exception raised while handling another one (implicit chaining).
def parse_port(text):
    try:
        return int(text)
    except ValueError:
        print("bad port", repr(text))
        return defaults["port"]

defaults = {"host": "localhost"}
print(parse_port("8080"))
print(parse_port("http"))
