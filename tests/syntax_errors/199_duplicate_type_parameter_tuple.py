# Mistake: a TypeVarTuple with the name of a type parameter of the same class
class Batch[T, *T]:
    pass
