# A SystemExit carrying an int status: stdout is kept and the status is that int.
results = []
for n in range(5):
    results.append(n * n)
    print("step", n)
    if n == 2:
        raise SystemExit(3)
