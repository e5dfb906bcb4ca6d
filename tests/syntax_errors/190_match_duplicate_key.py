# Mistake: a mapping pattern checks the same key twice
event = {"kind": "tick"}
match event:
    case {"kind": "tick", "kind": "tock"}:
        print("both?")
