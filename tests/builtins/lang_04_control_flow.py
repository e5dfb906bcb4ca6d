# Control flow: for/else, while/else, break/continue in try/finally, comparisons, walrus.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("not found", target)

find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)

n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never")
print("broke at", n)

for i in range(5):
    if i % 2:
        continue
    print("even", i)

# break/continue inside try/finally
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)

def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(ret_in_finally())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())

def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"

print(finally_swallows())

def count_finally():
    log = []
    i = 0
    while i < 5:
        i += 1
        try:
            if i == 2:
                continue
            if i == 4:
                break
            log.append(i)
        finally:
            log.append(-i)
    return log

print(count_finally())

# Nested loops with flags
for a in range(3):
    for b in range(3):
        if a * b == 2:
            print("pair", a, b)
            break
    else:
        continue
    break

# Chained comparisons
x = 5
print(1 < x < 10, 1 < x > 10, 1 == 1 < 2, 3 > 2 > 1 > 0, 1 < 2 == 2 < 3)
def side(v, label):
    print("eval", label)
    return v
print(side(1, "a") < side(0, "b") < side(2, "c"))
print(side(1, "a") < side(3, "b") < side(2, "c"))
print("a" < "b" <= "b" != "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(1 in [1, 2] in [[1, 2]], None is None is not False)

# Walrus
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print("last y", y)
i = 0
while (chunk := data[i:i + 2]):
    print("chunk", chunk)
    i += 2
vals = [total := 0] + [total := total + v for v in range(4)]
print(vals, total)

# Conditional expressions
for v in (-2, 0, 3):
    print(v, "neg" if v < 0 else "zero" if v == 0 else "pos")
print("yes" if [] else "no", "yes" if [0] else "no")

# Boolean operators return operands
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1, None or 0)
print(not 0, not [1], (1 and None) is None)

# pass, ellipsis
def todo():
    pass
def stub():
    ...
print(todo(), stub(), ...)

# Loop variable after loop
for last in range(4):
    pass
print("last", last)
for empty in []:
    pass
try:
    print(empty)
except NameError as e:
    print("NameError:", e)

# else on try
try:
    r = 1 / 1
except ZeroDivisionError:
    print("no")
else:
    print("else", r)
finally:
    print("done")
