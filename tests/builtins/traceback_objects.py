# Traceback objects: `e.__traceback__` is the frames the exception passed, outermost first
# (tb_next goes inward); assigning it, or with_traceback(), puts saved ones back.
def inner():
    raise ValueError("deep")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_lineno, tb.tb_next.tb_next.tb_next)
    saved = tb
    e2 = ValueError("again")
    print(e2.__traceback__)
    e2.with_traceback(saved)
    print(e2.__traceback__.tb_lineno)
    e2.__traceback__ = None
    print(e2.__traceback__)
    try:
        e2.__traceback__ = 5
    except TypeError as err:
        print("TypeError:", err)
    try:
        e2.with_traceback("x")
    except TypeError as err:
        print("TypeError:", err)
print(repr(saved)[:22])
