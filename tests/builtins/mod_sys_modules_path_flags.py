# sys.modules is what import consults (a module put there is imported, one deleted is made
# again); sys.path is a list of str; sys.flags a tuple of named flags.
import sys
from types import SimpleNamespace

print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(isinstance(sys.flags, tuple), type(sys.flags).__name__, len(sys.flags))
print(type(sys.modules).__name__, sys.modules["sys"] is sys)
print(sys.modules[__name__] is sys.modules["__main__"], "builtins" in sys.modules)
print("json" in sys.modules)
import json
print("json" in sys.modules, sys.modules["json"] is json)
sys.modules["settings"] = SimpleNamespace(DEBUG=True, WORKERS=4)
import settings
from settings import WORKERS
print(settings.DEBUG, WORKERS)
del sys.modules["json"]
import json as again
print(again is json, again.dumps([1, 2]))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
sys.path.insert(0, "/srv/app")
print(sys.path[0])
main = sys.modules["__main__"]
print(main.WORKERS, getattr(main, "settings") is settings)
