# Syntax newer than Python 3.4 that pyfence does not translate is refused
# with a syntax error naming the feature, at its line. Soft keywords stay
# usable as names.
# ---
command = 'go'
match command:  ### syntax "match statements are not supported"
    case 'go':
        print('going')
# differs: match is Python 3.10
# ---
match [1, 2]:  ### syntax "match statements are not supported"
    case [a, b]:
        pass
# differs: match is Python 3.10
# ---
try:
    pass
except* ValueError:  ### syntax "except\* is not supported"
    pass
# differs: except* is Python 3.11
# ---
async def fetch():  ### syntax "'async' is not supported"
    pass
# differs: async def is Python 3.5
# ---
def f():
    return await g()  ### syntax "'await' is not supported"
# differs: await is Python 3.5
# ---
type Pair = tuple[int, int]  ### syntax "type statements are not supported"
# ---
name = 'x'
s = t'hello {name}'  ### syntax "t-strings"
# ---
# match, case and type are soft keywords: they remain names.
match = {'case': 1}
case = [match]
type_ = type(match)
print(match['case'], case, type(case) is list, type_ is dict)
def type_of(type):
    return type
print(type_of(3), [match for match in range(2)])
match = 1
match += 1
print(match)
# Output:
# 1 [{'case': 1}] True True
# 3 [0, 1]
# 2
