# Method calls on instances: a small vector class, its methods called in a tight loop.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)

    def length2(self):
        return self.dot(self)


def main():
    total = 0
    a = Vector(1, 2)
    for n in range(400_000):
        b = a.scaled(n % 5)
        total += b.length2() + a.dot(b)
    print(total)


main()
