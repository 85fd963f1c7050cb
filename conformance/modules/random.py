# The random module: CPython's Mersenne Twister and random.py algorithms, so
# that the same seed prints the same numbers as CPython 3.11.
# ---
# random() after an int seed.
import random
random.seed(42)
print(random.random(), random.random(), random.random())
# Output:
# 0.6394267984578837 0.025010755222666936 0.27502931836911926
# ---
# Seeds: negative ints use their absolute value; big ints use all their bits.
import random
random.seed(-42)
a = random.random()
random.seed(42)
print(a == random.random())
random.seed(2**100 + 12345)
print(random.random())
random.seed(0)
print(random.random())
random.seed(True)
print(random.random())
# Output:
# True
# 0.44487310994347073
# 0.8444218515250481
# 0.13436424411240122
# ---
# str and bytes seeds (version 2: sha512 of the bytes appended).
import random
random.seed('hello')
print(random.random())
random.seed(b'hello')
print(random.random())
random.seed('')
print(random.random())
random.seed('héllo wörld')
print(random.random())
# Output:
# 0.3537754404730722
# 0.3537754404730722
# 0.9602256525641875
# 0.07829104647591212
# ---
# float seeds hash the float.
import random
random.seed(3.5)
print(random.random())
random.seed(-0.25)
print(random.random())
random.seed(2.0)
x = random.random()
random.seed(2)
print(x == random.random())
# Output:
# 0.3039190124834461
# 0.8538447723761984
# True
# ---
# getrandbits for small and large k.
import random
random.seed(7)
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(31), random.getrandbits(32))
print(random.getrandbits(33), random.getrandbits(64), random.getrandbits(65))
print(random.getrandbits(200))
# Output:
# 0 0 2035525362 647892279
# 5990721294 1336213610742710224 9885278224986867748
# 57841597958514061400063552273796634265217572996262773246456
# ---
# getrandbits rejects negative counts.
import random
random.getrandbits(-1)  ### exception:ValueError "number of bits must be non-negative"
# ---
# randrange with one, two and three arguments.
import random
random.seed(1)
print([random.randrange(10) for _ in range(12)])
print([random.randrange(5, 9) for _ in range(8)])
print([random.randrange(0, 100, 7) for _ in range(6)])
print([random.randrange(100, 0, -9) for _ in range(6)])
print([random.randrange(-10, -2, 3) for _ in range(6)])
# Output:
# [2, 9, 1, 4, 1, 7, 7, 7, 6, 3, 1, 7]
# [5, 8, 8, 5, 8, 7, 6, 5]
# [98, 35, 0, 0, 0, 70]
# [28, 100, 46, 10, 73, 46]
# [-4, -10, -4, -10, -7, -7]
# ---
# randrange over ranges wider than 64 bits.
import random
random.seed(99)
print(random.randrange(10**30), random.randrange(2**64), random.randrange(-10**20, 10**20))
print(random.randrange(1, 10**25, 10**10))
# Output:
# 728905072672856080528542735209 4247597587064290621 -67535991235887215104
# 8208165735912150000000001
# ---
# randint includes both ends.
import random
random.seed(5)
print([random.randint(1, 6) for _ in range(20)])
print(random.randint(-3, -3), random.randint(0, 2**70))
# Output:
# [5, 3, 6, 3, 6, 6, 6, 5, 1, 4, 2, 6, 1, 2, 1, 3, 4, 2, 4, 5]
# -3 23046084060785790789
# ---
# randrange errors.
import random
for args in [(0,), (-5,), (5, 5), (5, 2), (1, 10, 0), (10, 1, 1), (1, 10, -1)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(args, e)
# Output:
# (0,) empty range for randrange()
# (-5,) empty range for randrange()
# (5, 5) empty range for randrange() (5, 5, 0)
# (5, 2) empty range for randrange() (5, 2, -3)
# (1, 10, 0) zero step for randrange()
# (10, 1, 1) empty range for randrange() (10, 1, -9)
# (1, 10, -1) empty range for randrange()

# ---
# randrange's step needs a stop.
import random
random.randrange(10, step=2)  ### exception:TypeError "Missing a non-None stop argument"
# ---
# choice picks by _randbelow.
import random
random.seed(11)
print([random.choice('abcdefg') for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice((1.5, 2.5)), random.choice(range(1000)))
# Output:
# ['d', 'g', 'e', 'g', 'g', 'd', 'd', 'e', 'g', 'e']
# 10 1.5 823
# ---
# choice of an empty sequence.
import random
random.choice([])  ### exception:IndexError "Cannot choose from an empty sequence"
# ---
# shuffle is CPython's Fisher-Yates.
import random
random.seed(2023)
x = list(range(20))
random.shuffle(x)
print(x)
y = ['a', 'b', 'c']
random.shuffle(y)
print(y)
z = []
random.shuffle(z)
print(z)
# Output:
# [2, 7, 3, 0, 5, 6, 11, 9, 8, 4, 18, 13, 17, 1, 15, 16, 10, 19, 14, 12]
# ['b', 'c', 'a']
# []
# ---
# sample with a small population uses a pool.
import random
random.seed(3)
print(random.sample(range(10), 10))
print(random.sample('abcdefghij', 4))
print(random.sample([1, 2, 3], 0))
# Output:
# [3, 8, 2, 7, 4, 9, 0, 6, 5, 1]
# ['e', 'i', 'd', 'b']
# []
# ---
# sample with a large population uses a set of chosen indexes.
import random
random.seed(4)
print(random.sample(range(10**9), 8))
print(random.sample(range(1000), 20))
print(sum(random.sample(range(100000), 1000)))
# Output:
# [253454709, 325664383, 110773681, 774400755, 425264298, 514191760, 166400214, 96744404]
# [68, 20, 411, 562, 939, 296, 819, 783, 60, 227, 532, 549, 368, 283, 798, 176, 846, 108, 268, 219]
# 48844891
# ---
# sample around the pool/set threshold (setsize depends on k).
import random
random.seed(8)
for n, k in [(21, 5), (22, 5), (85, 6), (86, 6), (341, 30), (342, 30)]:
    print(n, k, random.sample(range(n), k))
# Output:
# 21 5 [7, 11, 12, 4, 6]
# 22 5 [1, 2, 4, 7, 16]
# 85 6 [26, 51, 82, 3, 58, 62]
# 86 6 [58, 49, 63, 73, 24, 51]
# 341 30 [45, 248, 119, 10, 136, 266, 208, 242, 194, 58, 339, 132, 49, 32, 197, 317, 193, 55, 338, 29, 173, 120, 44, 254, 332, 264, 106, 297, 72, 310]
# 342 30 [32, 276, 19, 250, 99, 75, 296, 233, 299, 227, 146, 285, 182, 218, 69, 81, 307, 49, 272, 160, 329, 253, 257, 319, 101, 158, 76, 270, 145, 261]
# ---
# sample with counts.
import random
random.seed(6)
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample('abc', 6, counts=[1, 2, 3]))
# Output:
# ['blue', 'red', 'red', 'red', 'blue']
# ['a', 'b', 'c', 'b', 'c', 'c']
# ---
# sample errors.
import random
for f in [lambda: random.sample([1, 2], 3), lambda: random.sample([1, 2], -1),
          lambda: random.sample({1, 2}, 1), lambda: random.sample({'a': 1}, 1),
          lambda: random.sample('ab', 1, counts=[1]), lambda: random.sample('ab', 1, counts=[0, 0]),
          lambda: random.sample('ab', 1, counts=[1.5, 1])]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(repr(e))
# Output:
# ValueError('Sample larger than population or is negative')
# ValueError('Sample larger than population or is negative')
# TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
# TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
# ValueError('The number of counts does not match the population')
# ValueError('Total of counts must be greater than zero')
# TypeError('Counts must be integers')
# ---
# choices without weights: floor(random() * n).
import random
random.seed(12)
print(random.choices('abcde', k=10))
print(random.choices([1, 2]), random.choices(range(100), k=3))
print(random.choices('ab', k=0), random.choices('ab', k=-3))
# Output:
# ['c', 'd', 'd', 'a', 'a', 'b', 'b', 'e', 'd', 'd']
# [2] [66, 14, 44]
# [] []
# ---
# choices with weights and cumulative weights: bisect on the cumulative sums.
import random
random.seed(13)
print(random.choices('abc', [10, 1, 1], k=10))
print(random.choices('abc', [0.5, 0.25, 0.25], k=6))
print(random.choices('abc', cum_weights=[1, 1, 3], k=6))
print(random.choices(['x', 'y'], [0, 1], k=4))
# Output:
# ['a', 'a', 'a', 'b', 'a', 'a', 'a', 'a', 'a', 'a']
# ['b', 'a', 'a', 'a', 'c', 'b']
# ['a', 'a', 'a', 'c', 'c', 'c']
# ['y', 'y', 'y', 'y']
# ---
# choices errors.
import random
for f in [lambda: random.choices('ab', 2), lambda: random.choices('ab', [1]),
          lambda: random.choices('ab', [0, 0]), lambda: random.choices('ab', [1, float('inf')]),
          lambda: random.choices('ab', [1, 1], cum_weights=[1, 2])]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(repr(e))
# Output:
# TypeError('The number of choices must be a keyword argument: k=2')
# ValueError('The number of weights does not match the population')
# ValueError('Total of weights must be greater than zero')
# ValueError('Total of weights must be finite')
# TypeError('Cannot specify both weights and cumulative weights')
# ---
# uniform and triangular.
import random
random.seed(21)
print(random.uniform(1, 10), random.uniform(5.5, -2), random.uniform(3, 3))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(2, 2, 2))
# Output:
# 2.484545318498782 0.32674806836824466 3.0
# 0.4894386948625186 3.2864444913454935 8.446123503597503 2
# ---
# gauss keeps its second value for the next call; seed resets it.
import random
random.seed(1)
print(random.gauss(), random.gauss(), random.gauss(10, 2))
random.seed(1)
print(random.gauss())
print(random.normalvariate(), random.normalvariate(5, 0.5))
# Output:
# 1.2881847531554629 1.449445608699771 10.132671617876523
# 1.2881847531554629
# 0.6074558576437062 4.992887277244607
# ---
# Other distributions.
import random
random.seed(17)
print(random.expovariate(1.5), random.expovariate(10))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(4.5, 1.5))
print(random.betavariate(2, 3), random.paretovariate(2.5), random.weibullvariate(1, 1.5))
print(random.lognormvariate(0, 0.25))
# Output:
# 0.49207392357858554 0.1643464181121172
# 2.3693275161690432 2.9057868098965565 9.172785123184504
# 0.45208272676221595 1.1650442398386718 1.5194331017612979
# 1.375850507310079
# ---
# gammavariate needs positive parameters.
import random
random.gammavariate(0, 1)  ### exception:ValueError "gammavariate: alpha and beta must be > 0.0"
# ---
# randbytes.
import random
random.seed(30)
print(random.randbytes(0), random.randbytes(1), random.randbytes(10))
# Output:
# b'' b'\x8a' b'B$\xde\xce \xc7\x08Jj\x9c'
# ---
# random.Random instances are independent generators.
import random
a = random.Random(5)
b = random.Random(5)
random.seed(5)
print(a.random() == b.random() == random.random())
print(a.randint(1, 100), b.randint(1, 100), random.randint(1, 100))
c = random.Random('seed')
print(c.random(), c.choice('xyz'), c.sample(range(10), 3))
a.seed(9)
print(a.random(), isinstance(a, random.Random))
# Output:
# True
# 95 95 95
# 0.1382359792209653 x [5, 4, 7]
# 0.46300735781502145 True
# ---
# seed rejects unsupported types.
import random
try:
    random.seed([1, 2])
except TypeError as e:
    print(repr(e))
# Output:
# TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.')
# ---
# Distribution of many draws (sums are exact).
import random
random.seed(100)
print(sum(random.randrange(1000) for _ in range(10000)))
print(sum(random.getrandbits(16) for _ in range(10000)))
print(round(sum(random.random() for _ in range(10000)), 6))
# Output:
# 5011457
# 326918914
# 4983.487143
# ---
# Version 1 seeding of str and bytes.
import random
random.seed('hello', version=1)
print(random.random())
random.seed(b'\xffab', 1)
print(random.random())
random.seed('', version=1)
print(random.random())
random.seed('ünï', version=1)
print(random.random())
# Output:
# 0.8180391270568783
# 0.10095673399551686
# 0.8444218515250481
# 0.781002604733854
