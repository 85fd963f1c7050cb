# Lists iterate by index over the live list, as CPython's list_iterator.
# ---
xs = [1, 2, 3]
for x in xs:
    if x < 3:
        xs.append(x + 10)
print(xs)
# Output:
# [1, 2, 3, 11, 12]
# ---
# Removing while iterating skips elements, as in CPython.
ys = [1, 2, 3, 4]
for y in ys:
    ys.remove(y)
print(ys)
# Output:
# [2, 4]
# ---
# An iterator made before an append sees it; an exhausted one stays exhausted.
zs = [5]
it = iter(zs)
zs.append(6)
print(list(it), list(it))
zs.append(7)
print(list(it))
# Output:
# [5, 6] []
# []
# ---
# A comprehension over a list that the loop body cannot change.
queue = [1]
seen = []
for item in queue:
    seen.append(item)
    if item < 20:
        queue.append(item * 3)
print(seen, [q * 2 for q in queue if q % 2])
# Output:
# [1, 3, 9, 27] [2, 6, 18, 54]
