# Mistake: case _ catches everything and must come last
status = 404
match status:
    case _:
        print("something")
    case 200:
        print("ok")
