# raise SystemExit(0) ends the program quietly with status 0; finally blocks still run.
def shutdown(code):
    try:
        print("shutting down with", code)
        raise SystemExit(code)
    finally:
        print("finally runs")

try:
    shutdown(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)

print("exiting")
shutdown(0)
print("not reached")
