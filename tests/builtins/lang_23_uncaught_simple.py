# An uncaught exception ends the program with status 1 after printing earlier output.
def divide(a, b):
    return a / b

results = []
for b in (2, 1, 0):
    print("dividing by", b)
    results.append(divide(10, b))
    print("result", results[-1])
print("never printed")
