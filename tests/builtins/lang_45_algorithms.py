# Interview-prep algorithms written with core language features.
def bubble_sort(items):
    a = list(items)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick_sort(a):
    if len(a) < 2:
        return a
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(bubble_sort(data), merge_sort(data) == sorted(data), quick_sort(data) == sorted(data))

def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
sorted_data = sorted(data)
print([binary_search(sorted_data, t) for t in (43, -5, 7, 82)])

def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(100)
print(primes, len(sieve(10000)))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([items[i]] + p)
    return out
print(permutations([1, 2, 3]), len(permutations(list(range(6)))))

def subsets(items):
    result = [[]]
    for x in items:
        result += [s + [x] for s in result]
    return result
print(subsets(["a", "b", "c"]))

memo = {}
def climb(n):
    if n <= 1:
        return 1
    if n not in memo:
        memo[n] = climb(n - 1) + climb(n - 2)
    return memo[n]
print(climb(10), climb(90))

def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 5))

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack[-1] != pairs[ch]:
                return False
            del stack[-1]
    return not stack
print([balanced(s) for s in ("()[]{}", "([)]", "((", "", "{[()()]}")])

def fizzbuzz(n):
    return ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, n + 1)]
print(fizzbuzz(15))

def word_counts(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1 if False else (counts[w] + 1 if w in counts else 1)
    return counts
wc = word_counts(["to", "be", "or", "not", "to", "be"])
print(wc, max(wc, key=lambda w: wc[w]), sorted(wc, key=lambda w: (-wc[w], w)))

def matrix_mult(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
m = [[1, 2], [3, 4]]
print(matrix_mult(m, m), [list(row) for row in zip(*m)])

def rotate(a, k):
    k %= len(a)
    return a[-k:] + a[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], 10))

def is_palindrome(s):
    cleaned = [c for c in s if c not in " ,!"]
    return cleaned == cleaned[::-1]
print(is_palindrome("race car"), is_palindrome("hello"), is_palindrome("A man, a plan"))

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in (1, 6, 7, 27)], max(range(1, 1000), key=collatz))
