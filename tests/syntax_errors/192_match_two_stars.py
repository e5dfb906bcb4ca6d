# Mistake: a sequence pattern may have only one starred name
match [1, 2, 3]:
    case [*head, *tail]:
        print(head, tail)
