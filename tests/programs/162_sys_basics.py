# What asyncio programs use of `sys`: the script's name in argv, the version (checked the
# way programs check for TaskGroup and timeout: `sys.version_info >= (3, 11)`), the platform,
# the streams (written to directly, or as print's file), the recursion limit, and sys.exit
# from inside a task, which leaves asyncio.run at once with its status.
import sys
import asyncio

print(sys.argv[0].endswith("162_sys_basics.py"), len(sys.argv))
print(sys.version_info)
print(sys.version_info >= (3, 11), sys.version_info < (3, 13), (3, 8) <= sys.version_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, tuple(sys.version_info))
major, minor, *rest = sys.version_info
print(major, minor, rest, sys.version_info == (3, 12, 1, "final", 0))
print(f"Python {sys.version_info.major}.{sys.version_info.minor} on {sys.platform}")
print(sys.maxsize, sys.byteorder, sys.getrecursionlimit())
print(repr(sys.stdout), sys.stdout.name, sys.stderr.encoding, sys.stdout.isatty())
n = sys.stdout.write("written directly\n")
print("wrote", n)
sys.stdout.flush()
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr direct\n")


async def main():
    print("in main")
    sys.exit(2)

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
asyncio.run(main())
print("not reached")
