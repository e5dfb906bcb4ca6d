# Mistake: a bound on a TypeVarTuple
def gather_all[*Ts: int](*args: *Ts):
    return args
