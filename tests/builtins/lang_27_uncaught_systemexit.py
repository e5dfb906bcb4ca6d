# raise SystemExit with a message: the message goes to stderr and the status is 1.
def main():
    print("starting")
    try:
        raise SystemExit("fatal: giving up")
    finally:
        print("finally still runs")

try:
    main()
except Exception:
    print("SystemExit is not an Exception")
print("not reached")
