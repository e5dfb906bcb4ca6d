# A failing assert with a message, after some passing ones.
def mean(values):
    assert isinstance(values, list), "values must be a list"
    assert values, "values must not be empty"
    return sum(values) / len(values)

print(mean([1, 2, 3]))
try:
    mean((1, 2))
except AssertionError as e:
    print("AssertionError:", e)
print(mean([]))
