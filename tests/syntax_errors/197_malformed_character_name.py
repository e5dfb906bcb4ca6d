# Mistake: \N without braces around the name
print("tick \N BULLET")
