# Recursion: Fibonacci and Ackermann-style calls, deep and numerous.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def count_paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return count_paths(rows - 1, cols) + count_paths(rows, cols - 1)


print(fib(27), count_paths(11, 10))
