def strings(n):
    parts = []
    for i in range(n):
        s = "item-%d" % i
        parts.append(s.upper().replace("ITEM", "x"))
    return ",".join(parts)

result = len(strings(2000))
