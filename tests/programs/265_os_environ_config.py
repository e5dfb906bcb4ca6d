# A service reading its settings as twelve-factor apps do: os.environ and os.getenv with
# defaults for its own variables, values set and removed at run time, and paths built with
# os.path (join, split, splitext, normpath, relpath). Files it looks for are missing, and it
# says so the way CPython reports it.
import asyncio
import os
import os.path


def setting(name, default, cast=str):
    raw = os.environ.get(name, default)
    try:
        return cast(raw)
    except ValueError as e:
        print(f"bad {name}={raw!r}: {e}; using {default}")
        return cast(default)


def load_config():
    return {
        "workers": setting("APP_WORKERS", "4", int),
        "timeout": setting("APP_TIMEOUT", "2.5", float),
        "mode": os.getenv("APP_MODE", "production"),
        "debug": os.getenv("APP_DEBUG") is not None,
    }


async def worker(n, config):
    await asyncio.sleep(config["timeout"] / (n + 1))
    return f"worker-{n}"


async def main():
    print("platform:", os.name, repr(os.sep), repr(os.linesep), os.cpu_count())
    config = load_config()
    print("defaults:", config)
    os.environ["APP_WORKERS"] = "2"
    os.environ["APP_TIMEOUT"] = "fast"
    os.environ.setdefault("APP_MODE", "staging")
    os.environ["APP_DEBUG"] = "1"
    config = load_config()
    print("configured:", config)
    print("APP_MODE" in os.environ, os.environ["APP_MODE"], os.getenv("APP_DEBUG"))
    del os.environ["APP_DEBUG"]
    print("debug removed:", os.getenv("APP_DEBUG", "<unset>"), os.environ.pop("APP_DEBUG", None))
    try:
        os.environ["APP_MISSING"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        os.environ["APP_PORT"] = 8080
    except TypeError as e:
        print("TypeError:", e)

    names = await asyncio.gather(*(worker(n, config) for n in range(config["workers"])))
    print("ran", names)

    base = os.path.join("var", "data", "app")
    for name in ["report.csv", "archive.tar.gz", ".env", "../shared/../logs/run.log"]:
        full = os.path.normpath(os.path.join(base, name))
        stem, ext = os.path.splitext(os.path.basename(full))
        print(f"{name:26} -> {full:28} dir={os.path.dirname(full)!r} stem={stem!r} ext={ext!r}")
    print(os.path.split("/etc/app/"), os.path.isabs("/etc"), os.path.isabs("etc"))
    print(os.path.relpath("/srv/app/static/css", "/srv/app/templates"))
    print(os.path.join("/srv", "app", "/abs", "x"), os.path.commonprefix(["/srv/app1", "/srv/app2"]))
    path = os.path.join(base, "settings.ini")
    print("exists:", os.path.exists(path), "isfile:", os.path.isfile(path), "isdir:", os.path.isdir(base))
    try:
        os.listdir(base)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e)
    try:
        os.path.getsize(path)
    except OSError as e:
        print(type(e).__name__, e.strerror, e.filename)
    try:
        os.path.join("var", 42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
