d = {'a': 1, 2: [x for x in range(3)]}
s = {1, 2, 3}
e = {}
sq = {k: k * k for k in range(4) if k}
u = {c for c in 'hello'}
f(*args, **{'sep': '-'})
nested = {'outer': {'inner': {1, 2}}}
