# sys.exit with a message: the message goes to stderr and the status is 1.
import sys

def main():
    print("starting")
    try:
        sys.exit("fatal: giving up")
    finally:
        print("finally still runs")

main()
print("not reached")
