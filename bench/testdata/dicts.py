def dicts(n):
    d = {}
    for i in range(n):
        k = "k%d" % (i % 300)
        d[k] = d.get(k, 0) + i
    total = 0
    for k in sorted(d.keys()):
        total += d[k]
    return total

result = dicts(5000)
