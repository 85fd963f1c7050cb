# The views of a dict: keys(), values() and items().
# ---
# Views are live, have a length, iterate in insertion order and print like CPython's.
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['c'] = 3
print(k, len(k), len(v), len(i))
print(list(k), list(v), list(i))
print({}.keys(), {}.values(), {}.items())
# Output:
# dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)])
# dict_keys(['a', 'b', 'c']) 3 3 3
# ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
# dict_keys([]) dict_values([]) dict_items([])
# ---
# Membership.
d = {'a': 1, 'b': [2]}
print('a' in d.keys(), 'z' in d.keys(), 1 in d.values(), [2] in d.values(), 5 in d.values())
print(('a', 1) in d.items(), ('a', 2) in d.items(), ('b', [2]) in d.items(), 'a' in d.items())
# Output:
# True False True True False
# True False True False
# ---
# Keys and items views are set-like.
d = {'a': 1, 'b': 2, 'c': 3}
print(sorted(d.keys() & {'a', 'c', 'x'}))
print(sorted(d.keys() | ['z']))
print(sorted(d.keys() - {'a'}))
print(sorted(d.keys() ^ {'a', 'q'}))
print(sorted(d.items() & {('a', 1), ('b', 5)}))
print(sorted(['b', 'y'] & d.keys()), sorted({'q'} | d.keys()), sorted({'a', 'w'} - d.keys()))
print(d.keys() == {'a', 'b', 'c'}, d.keys() != {'a'}, d.items() == {('a', 1), ('b', 2), ('c', 3)})
print(d.keys() < {'a', 'b', 'c', 'd'}, d.keys() <= {'a', 'b', 'c'}, d.keys() > {'a'}, d.keys() >= {'x'})
print(d.keys().isdisjoint(['x', 'y']), d.keys().isdisjoint('abc'), d.items().isdisjoint([('a', 1)]))
print({'a': 1}.keys() == {'a': 2}.keys(), {'a': 1}.items() == {'a': 2}.items())
# Output:
# ['a', 'c']
# ['a', 'b', 'c', 'z']
# ['b', 'c']
# ['b', 'c', 'q']
# [('a', 1)]
# ['b'] ['a', 'b', 'c', 'q'] ['w']
# True True True
# True True True False
# True False False
# True False
# ---
# Values views are not set-like and compare by identity.
d = {'a': 1}
print(d.values() == d.values(), d.values() == [1])
try:
    d.values() | {1}
except TypeError as e:
    print(e)
# Output:
# False False
# unsupported operand type(s) for |: 'dict_values' and 'set'
# ---
# Views of a dict that contains them, or contains its own dict.
d = {}
d['k'] = d.values()
print(d)
e = {}
e['self'] = e
print(e.values(), e.items(), e.keys())
# Output:
# {'k': dict_values([...])}
# dict_values([{'self': {...}}]) dict_items([('self', {'self': {...}})]) dict_keys(['self'])
# ---
# Views are not hashable, except values views.
for f in [lambda: hash({}.keys()), lambda: hash({}.items())]:
    try:
        f()
    except TypeError as e:
        print(e)
print(hash({}.values()) != -1)
# Output:
# unhashable type: 'dict_keys'
# unhashable type: 'dict_items'
# True
# ---
# Changing the dict while iterating over a view.
d = {1: 'a', 2: 'b'}
it = iter(d.items())
print(next(it))
d[10] = 'c'
try:
    next(it)
except RuntimeError as e:
    print(e)
it = iter(d.values())
print(next(it))
d.pop(1)
try:
    next(it)
except RuntimeError as e:
    print(e)
# Output:
# (1, 'a')
# dictionary changed size during iteration
# a
# dictionary changed size during iteration
