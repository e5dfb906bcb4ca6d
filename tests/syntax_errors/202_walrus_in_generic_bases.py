# Mistake: an assignment expression among the bases of a generic class
class Node[T](base := object):
    pass
