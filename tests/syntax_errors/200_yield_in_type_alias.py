# Mistake: a yield in the value of a type alias
def produce():
    type Item = (yield)
    return Item
