# Assignment expressions (Python 3.8, PEP 572) are not supported: a
# translation into a helper call cannot bind the name in the right scope,
# and pyfence never runs code differently from CPython. They are refused
# with a syntax error at the operator.
# ---
data = [1, 2, 3]
if (n := len(data)) > 2:  ### syntax "assignment expressions \(:=\) are not supported"
    print(n)
# differs: := is Python 3.8
# ---
while (line := None):  ### syntax "assignment expressions"
    pass
# differs: := is Python 3.8
# ---
values = [y for x in range(3) if (y := x * 2)]  ### syntax "assignment expressions"
# differs: := is Python 3.8
# ---
print(f'{(x := 5)}')  ### syntax "assignment expressions"
# differs: := is Python 3.8
# ---
# Rebinding an injected helper is refused before its name is considered.
(__pf_fstr__ := 1)  ### syntax "assignment expressions"
# ---
# ':=' inside an f-string's format spec is a spec, not an operator.
x = 5
print(f'[{x:=6}]')
# Output:
# [     5]
