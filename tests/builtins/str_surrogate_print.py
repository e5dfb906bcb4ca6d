# An uncaught UnicodeEncodeError from print: what was written before the surrogate stays
# printed, the traceback goes to stderr and the exit status is 1.
print('start')
print('kept', '\ud800', 'lost')
print('never')
