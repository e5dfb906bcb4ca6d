# Mistake: a lambda in the bound of a generic method's type parameter
class Handler:
    def handle[T: (lambda: int)](self, value: T) -> T:
        return value
