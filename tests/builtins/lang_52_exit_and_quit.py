# exit and quit: the builtins CPython's site module adds (_sitebuiltins.Quitter).
print(exit)
print(repr(quit), str(quit))
print(type(exit).__name__, callable(exit))
for quitter, code in ((exit, None), (quit, 3), (exit, "bye")):
    try:
        if code is None:
            quitter()
        else:
            quitter(code)
    except SystemExit as error:
        print("raised", repr(error), "code", repr(error.code))
try:
    exit(code=4)
except SystemExit as error:
    print("keyword code", error.code)
quit(7)
