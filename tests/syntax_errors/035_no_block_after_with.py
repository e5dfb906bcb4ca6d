# Mistake: with with nothing indented under it
def read_config(path):
    with open(path) as f:
    return f.read()
