# Control flow: if/elif/else, for/else and while/else (the else runs only
# when the loop was not broken), break/continue, the walrus operator,
# assert, and the conditional expression.

def find_first_failure(status_codes):
    for index, code in enumerate(status_codes):
        if code >= 500:
            print(f"  server error {code} at position {index}")
            break
        elif code >= 400:
            print(f"  client error {code}, skipping")
            continue
        print(f"  ok {code}")
    else:
        print("  no server errors at all")


find_first_failure([200, 404, 201, 503, 200])
find_first_failure([200, 204])

attempt = 0
while attempt < 3:
    attempt += 1
    if attempt == 10:
        break
else:
    print("while loop finished normally after", attempt, "attempts")

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz(27) takes", steps, "steps")

pending = ["job-1", "job-2", "job-3"]
while (job := pending.pop() if pending else None) is not None:
    print("processing", job)

readings = [3, 8, 12, 5]
if (peak := max(readings)) > 10:
    print("peak too high:", peak)

assert len(readings) == 4, "expected four readings"
try:
    assert readings[0] > 5, f"first reading {readings[0]} is too low"
except AssertionError as err:
    print("assertion failed:", err)

label = "even" if len(readings) % 2 == 0 else "odd"
print("count is", label)
for i in range(3):
    pass
print("loop variable survives the loop:", i)
