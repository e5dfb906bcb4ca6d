# The smallest program: module-level code, print with several arguments and
# keyword options, simple variables and an f-string, and the usual
# `if __name__ == "__main__":` entry-point guard.

greeting = "Hello"
audience = "Looplab"


def main():
    print(f"{greeting}, {audience}!")
    print("print joins", "its", "arguments", "with spaces")
    print("a", "b", "c", sep="-")
    print("no newline here...", end="")
    print(" continued on the same line")
    print()
    print("empty print above gave a blank line")


if __name__ == "__main__":
    main()
