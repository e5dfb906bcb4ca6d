# Mistake: empty brackets where the type parameters go
def identity[](x):
    return x
