def work(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i
        else:
            total -= 1
        i += 1
    return total

result = work(100000)
