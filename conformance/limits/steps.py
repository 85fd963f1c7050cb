# Step and time budgets: every loop ends, whatever handlers surround it.
# Limits are sticky: once one trips, no except clause can continue the run.
# ---
# option: --max-steps=100000
while True: pass  ### limit:steps
# ---
# option: --max-steps=100000
try:
    while True: pass  ### limit:steps
except BaseException:
    while True: pass
# ---
# A handler that swallows the limit does not save the run either.
# option: --max-steps=100000
try:
    while True: pass  ### limit:steps
except BaseException:
    pass
print('not reached')
# ---
# option: --max-steps=100000
try:
    while True: pass  ### limit:steps
finally:
    print('cleanup')
    while True: pass
# ---
# option: --max-steps=100000
def spin():
    i = 0
    while True:  ### limit:steps
        i += 1
spin()
# ---
# option: --max-steps=100000
def g():
    while True:  ### limit:steps
        yield 1
for x in g():
    pass
# ---
# Builtins implemented in Go charge for the elements they process.
# option: --max-steps=100000
print(sum(range(10**15)))  ### limit:steps
# ---
# The wall-clock budget, with the step budget lifted.
# option: --max-steps=unlimited --timeout=100ms
while True: pass  ### limit:time
# ---
# Ordinary loops fit the default budgets.
total = 0
for i in range(10000):
    total += i
print(total)
# Output:
# 49995000
