# Mistake: every alternative of an or-pattern must bind the same names
match (1, 2):
    case (0, x) | (y, 0):
        print(x)
