# A failed import's traceback points at the whole statement (no carets), as CPython's does,
# whether the statement imports one module, several, a dotted one, or names from one; code
# that exec ran shows as "<string>" frames with no source line. ImportError's attributes.
import re
import sys
import traceback


def report():
    # The file's own path differs between runs (CPython's is absolute): keep its last part.
    text = traceback.format_exc()
    print(re.sub(r'File "[^"<]*/', 'File "', text), end="")


def show(text):
    try:
        exec(text, {})
    except ImportError as error:
        print(type(error).__name__, error.name, error.msg, error.path)
        report()


show("import no_such_module")
show("import json, no_such_module_2")
show("import no_such_package.sub as alias")
show("from no_such_module_3 import (\n    first,\n    second)")
show("if True:\n    import no_such_module_4")
show("from sys import no_such_name")

try:
    import no_such_module_5
except ModuleNotFoundError as error:
    report()
    print(error.name, error.msg, error.args)

error = ImportError("boom", name="mod", path="where")
print(error, error.msg, error.name, error.path, error.args)
error = ModuleNotFoundError("one", "two")
print(error, error.msg, error.name, error.path)
print(repr(ImportError().msg))
try:
    ImportError("a", bad=1)
except TypeError as problem:
    print(problem)

import no_such_module_6
