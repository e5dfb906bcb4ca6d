# os.path's string algorithms, which need no file system: join, split, splitext, normpath,
# relpath, commonprefix, expanduser of other users, and the TypeErrors of bad arguments.
import os.path
import posixpath

print(os.path is posixpath, os.path.__name__, os.sep, os.extsep, os.curdir, os.pardir)
CASES = ["", "/", "//", "///a", "a", "a/", "a/b", "/a/b/", "a//b", "./a", "../a/../b",
         ".hidden", "a.b.c", "dir.d/file", "a/.b", "a/b.", "..", "/..", "/../x"]
for p in CASES:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.normpath(p)),
          os.path.isabs(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
print(os.path.join("a"), os.path.join("a", ""), os.path.join("", ""), os.path.join("/a", "b/", "c"))
print(os.path.join("a", "/b", "c"), os.path.join("a/", "/"), os.path.join("", "a", "", "b"))
print(os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x/y/z", "/x/q"), os.path.relpath("/a", "/b/c/d"))
print(os.path.commonprefix([]), os.path.commonprefix(["abc", "abd", "ab"]), os.path.commonprefix(["x"]))
print(os.path.expanduser("~nobody_here_xyz/x"), os.path.expanduser("no/tilde"))
for bad in [(1,), ("a", None), ("a", 2.5)]:
    try:
        os.path.join(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError:", e)
try:
    os.fspath(None)
except TypeError as e:
    print("TypeError:", e)


class P:
    def __fspath__(self):
        return "from/fspath"


print(os.fspath(P()), os.path.join(P(), "x"), os.path.basename(P()))
