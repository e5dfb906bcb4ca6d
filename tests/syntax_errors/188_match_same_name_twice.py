# Mistake: one pattern binds the same name twice
pair = (1, 1)
match pair:
    case (x, x):
        print("equal", x)
