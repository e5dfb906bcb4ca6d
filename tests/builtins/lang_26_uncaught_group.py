# An uncaught ExceptionGroup after except* handles part of it.
def work():
    raise ExceptionGroup("batch failed", [ValueError("bad value"), KeyError("missing"), ValueError("again")])

try:
    work()
except* ValueError as g:
    print("handled", len(g.exceptions), "ValueErrors")
print("not reached")
