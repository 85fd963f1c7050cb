# Identifiers are NFKC-normalised before the check (PEP 3131), so
# compatibility characters cannot smuggle a forbidden or dunder name.
# Strings and comments are not identifiers: 'ｅｘｅｃ' here is fine.

ｅｘｅｃ("1")  ### policy:forbidden-name "'exec'"
x = ｏｐｅｎ  ### policy:forbidden-name "'open'"
y = x._＿class＿＿  ### policy:dunder-attr "'__class__'"
z = _＿builtins＿＿  ### policy:dunder-name "'__builtins__'"
ℯ𝓍ℯ𝒸("2")  ### policy:forbidden-name
s = "ｅｘｅｃ"
t = 'x.__class__'  # ｅｘｅｃ, open, __class__
ℌ = 1
café = ℌ + 1
naïve = [café for café in range(2)]
w = ｅｘｅｃ.attr + ｅｘｅｃ.__dict__  ### policy:forbidden-name ### policy:forbidden-name ### policy:dunder-attr
