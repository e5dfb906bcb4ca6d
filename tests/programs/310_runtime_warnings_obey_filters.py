# The warnings the runtime raises itself (3.12's DeprecationWarning of get_event_loop() with no
# loop, of datetime.utcnow()) obey the program's warning filters once it imports warnings:
# recorded, raised as errors, ignored, shown once per place.
import asyncio
import warnings
from datetime import datetime

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loop = asyncio.get_event_loop()
    stamp = datetime.utcnow()
print([(w.category.__name__, str(w.message)[:40], w.lineno) for w in caught])
asyncio.set_event_loop(None)
loop.close()
warnings.simplefilter("error")
try:
    datetime.utcnow()
except DeprecationWarning as error:
    print("raised:", str(error)[:50])
warnings.simplefilter("ignore")
datetime.utcnow()
print("quiet")
warnings.resetwarnings()
warnings.simplefilter("default")
datetime.utcnow()
datetime.utcnow()
