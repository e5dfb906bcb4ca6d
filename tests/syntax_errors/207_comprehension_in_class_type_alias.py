# Mistake: a comprehension in a type alias inside a class body
class Registry:
    kinds = ["a", "b"]
    type Kinds = [kind for kind in kinds]
