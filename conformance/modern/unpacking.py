# PEP 448 unpacking (Python 3.5) in displays and calls, translated into
# calls of pyfence's helpers before gpython parses the source.
# ---
# Lists, tuples and sets.
a, b = [1, 2], (3, 4)
print([*a, *b, 5], [*a], [*'xy', *range(2)], [*[], *()])
print((*a, *b), (*a,), (0, *b))
t = *a, *b
print(t, sorted({*a, *b, 1}), {*'aa'})
# Output:
# [1, 2, 3, 4, 5] [1, 2] ['x', 'y', 0, 1] []
# (1, 2, 3, 4) (1, 2) (0, 3, 4)
# (1, 2, 3, 4) [1, 2, 3, 4] {'a'}
# ---
# Dicts: later keys win and keep the first position.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print({**a, **b}, {**a, 'x': 0, **b}, {'w': -1, **a}, {**{}})
c = {**a}
c['x'] = 100
print(c, a['x'], {**dict(k=1), 1: 'one', (1, 2): 'pair', 1.0: 'float'})
# Output:
# {'x': 1, 'y': 20, 'z': 30} {'x': 0, 'y': 20, 'z': 30} {'w': -1, 'x': 1, 'y': 2} {}
# {'x': 100, 'y': 2} 1 {'k': 1, 1: 'float', (1, 2): 'pair'}
# ---
# Any mapping with keys() and [] unpacks with **.
class M:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
def f(**kw):
    return kw
print({**M(), 'r': 1}, sorted(f(**M(), **{'s': 0}).items()))
# Output:
# {'p': 'pp', 'q': 'qq', 'r': 1} [('p', 'pp'), ('q', 'qq'), ('s', 0)]
# ---
# Calls: several *iterables and **mappings, positional arguments after
# *iterable, keywords after **mapping.
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
xs = [1, 2]
print(show(*xs, *xs))
print(show(0, *xs, 3, *range(4, 6), k=1, **{'m': 2}, **{'n': 3}, z=4))
print(show(**{'a': 1}, b=2, **{'c': 3}))
print(*xs, *xs, sep=',')
print('-'.join([*'ab', *'cd']), max(*xs, *[7]), dict(**{'a': 1}, **{'b': 2}))
# Output:
# ((1, 2, 1, 2), [])
# ((0, 1, 2, 3, 4, 5), [('k', 1), ('m', 2), ('n', 3), ('z', 4)])
# ((), [('a', 1), ('b', 2), ('c', 3)])
# 1,2,1,2
# a-b-c-d 7 {'a': 1, 'b': 2}
# ---
# Methods, chained calls, super(), decorators and class instantiation.
class Base:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
class Child(Base):
    def __init__(self, *args):
        super().__init__(*args, *args, **{'a': 1}, **{'b': 2})
c = Child(1, 2)
print(c.args, c.kwargs)
seen = []
def deco(*names):
    def wrap(fn):
        seen.append(names)
        return fn
    return wrap
@deco(*'ab', *'cd')
def g():
    return 1
def h(*a):
    return lambda *b: a + b
print(seen[0], h(*[1], *[2])(*[3], *[4]), 'abc'.replace(*'ab', *[]))
# Output:
# (1, 2, 1, 2) {'a': 1, 'b': 2}
# ('a', 'b', 'c', 'd') (1, 2, 3, 4) bbc

# ---
# return, yield, for and assignments take unpacked tuples; targets keep
# their starred names.
def pair(a, b):
    return *a, *b
def gen(a):
    yield *a, 0
print(pair([1], (2, 3)), next(gen('xy')))
for v in *'ab', *'c':
    print(v, end=' ')
print()
first, *rest = *'abc', 'd'
[p, *q] = [*range(3)]
print(first, rest, p, q)
print([(x, y) for x, *y in [[*'ab', *'c'], [1]]])
# Output:
# (1, 2, 3) ('x', 'y', 0)
# a b c 
# a ['b', 'c', 'd'] 0 [1, 2]
# [('a', ['b', 'c']), (1, [])]
# ---
# Unpacking runs its iterables lazily and each element costs a step.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(len([*count(1000), *count(1000)]), sum((*count(10), *range(10))))
# Output:
# 2000 90
# ---
print([*[1], *2])  ### exception:TypeError "Value after \* must be an iterable, not int"
# ---
print((*None, 1))  ### exception:TypeError "Value after \* must be an iterable, not NoneType"
# ---
print({*[1], *3})  ### exception:TypeError "'int' object is not iterable"
# ---
print({**{}, **1})  ### exception:TypeError "'int' object is not a mapping"
# ---
print({**{}, **[('a', 1)]})  ### exception:TypeError "'list' object is not a mapping"
# ---
def f(*a, **k):
    pass
f(*[1], *1)  ### exception:TypeError "Value after \* must be an iterable, not int"
# ---
def f(*a, **k):
    pass
f(**{'a': 1}, **{'a': 2})  ### exception:TypeError "^__main__.f\(\) got multiple values for keyword argument 'a'$"
# ---
def f(*a, **k):
    pass
f(**{'a': 1}, a=2)  ### exception:TypeError "^__main__.f\(\) got multiple values for keyword argument 'a'$"
# ---
def f(*a, **k):
    pass
f(**{}, **3)  ### exception:TypeError "^__main__.f\(\) argument after \*\* must be a mapping, not int$"
# ---
def f(*a, **k):
    pass
f(**{}, **dict([(1, 2)]))  ### exception:TypeError "^keywords must be strings$"
# ---
class C:
    def m(self, **k):
        pass
C().m(**{'a': 1}, **{'a': 1})  ### exception:TypeError "^__main__.C.m\(\) got multiple values for keyword argument 'a'$"
# ---
print(*[1], *[2], **{'sep': '-'}, **{'sep': '+'})  ### exception:TypeError "^print\(\) got multiple values for keyword argument 'sep'$"
# ---
def f(a, b):
    return a, b
f(*[1], *[2], b=3)  ### exception:TypeError "got multiple values for argument 'b'"
# ---
f(*a, *b, k=1, k=2)  ### syntax "keyword argument repeated: k"

# ---
# Unpacking does not reach around the policy.
print([*(1).__class__.__mro__])  ### policy:dunder-attr "__class__" ### policy:dunder-attr "__mro__"
# ---
print({**vars()})  ### policy:forbidden-name "vars"
# ---
f(*a, *__pf_call__)  ### policy:reserved-name "__pf_call__"
# ---
# Self-referential data unpacks without recursion.
a = [1]
a.append(a)
b = [*a, *a]
print(len(b), b[1] is a, b[3] is a)
d = {}
d['d'] = d
e = {**d, 'x': 1}
print(e['d'] is d, len(e))
# Output:
# 4 True True
# True 2
