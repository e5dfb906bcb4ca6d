# Mistake: patterns may only be literals, not f-strings
name = "ada"
match name:
    case f"{name}":
        print("same")
