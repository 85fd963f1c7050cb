# Output floods: printed bytes are counted and the run ends with the output
# limit as soon as the budget is exceeded, however the bytes are produced.
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=64KiB
for i in range(10**9):
    print(i)  ### limit:output
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print('x' * 10**7)  ### limit:output
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print('a', 'b', sep='-' * 10**7)  ### limit:output
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s
print('a', end='\n' * 10**7)  ### limit:output
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=64KiB
print(*range(10**5))  ### limit:output
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=64KiB
print(list(range(10**5)))  ### limit:output
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=64KiB
class Loud:
    def __repr__(self):
        print('repr called')  ### limit:output
        return 'Loud()'
while True:
    repr(Loud())
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=64KiB
def noisy():
    while True:
        print('tick')  ### limit:output
        yield 1
print(sum(noisy()))
# ---
# A handler cannot swallow the output limit and print on.
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=64KiB
while True:
    try:
        print('y' * 1000)  ### limit:output
    except BaseException:
        pass
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=64KiB
print('z' * 70000, end='')  ### limit:output
# ---
# Exactly at the budget is allowed; one byte more is not.
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=100
print('x' * 99)
# Output:
# xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# ---
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=100
print('x' * 100)  ### limit:output
# ---
# Output limits bound the whole run, not one call.
# option: --max-steps=1000000 --max-memory=64MiB --timeout=30s --max-output=1KiB
for i in range(2000):
    print(end='.')  ### limit:output
