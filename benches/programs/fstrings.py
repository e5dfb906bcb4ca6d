# f-strings: formatting numbers, widths and precision, and joining the results.
def main():
    lines = []
    for n in range(150_000):
        lines.append(f"{n:>6} {n * 0.5:8.2f} {n % 7:02d} {'even' if n % 2 == 0 else 'odd':<4}|")
    text = "\n".join(lines)
    print(len(text), lines[12345], lines[-1])


main()
