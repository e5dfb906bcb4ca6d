try: exec(5)
except TypeError as e: print(e)
try: eval('1', 5)
except TypeError as e: print(e)
try: exec('x=1', {}, 5)
except TypeError as e: print(e)
try: eval('1 +* 2')
except SyntaxError as e: print(e, e.offset, e.text, e.end_offset)
try: exec('def f(:\n  pass')
except SyntaxError as e: print(e, e.offset, repr(e.text))
g = {"a": 2}
exec("b = a * 3\ndef f(x):\n    return x + b", g)
print(sorted(k for k in g if k != "__builtins__"), g["f"](1), eval("f(10)", g))
def inner():
    local = 5
    return eval("local * 2"), eval("local + a", {"a": 1}, {"local": 7})
print(inner())
