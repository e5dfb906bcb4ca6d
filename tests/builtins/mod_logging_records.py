# logging without a clock in the output: the logger tree (a child made before its parent,
# getChild, placeholders), level bookkeeping, LogRecord fields and getMessage with a dict
# argument, Filter by logger name, handler and logger reprs.
import logging
import sys

b = logging.getLogger("a.b")
a = logging.getLogger("a")
c = a.getChild("b.c")
print(b.parent is a, c.parent is b, a.parent is logging.root, logging.getLogger("a") is a)
print(sorted(logging.Logger.manager.loggerDict), logging.getLogger() is logging.root)
print(logging.root, a, logging.getLogger("root") is logging.root, a.getChildren() == {b})
a.setLevel(logging.ERROR)
print(b.getEffectiveLevel(), c.isEnabledFor(logging.WARNING), c.isEnabledFor(logging.ERROR), b)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(levelno)d|%(funcName)s|%(message)s"))
out.addFilter(logging.Filter("a.b"))
a.addHandler(out)
c.error("from c %(x)s and %(y)d", {"x": "X", "y": 2})
a.error("from a, filtered out")
logging.getLogger("a.bx").error("sibling name, filtered out")


def helper():
    b.critical("in helper %s", [1, 2])


helper()
record = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 42, "hi %s", ("there",), None, "fn")
print(record, record.getMessage(), record.filename, record.module, record.levelname,
      record.funcName, record.exc_info, record.stack_info)
print(repr(out), repr(logging.NullHandler()), repr(logging.Handler(logging.INFO)))
print(logging.getLevelName(logging.WARN), logging.getLevelName(logging.FATAL),
      logging.getLevelNamesMapping()["WARN"], logging.BASIC_FORMAT)
print(logging.Formatter("%(message)s").format(record), logging.Formatter().format(record))
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
adapter = logging.LoggerAdapter(b, {"k": 1})
print(adapter.process("m", {}), adapter.name, adapter.getEffectiveLevel(), adapter)
