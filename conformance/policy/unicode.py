# Identifiers are NFKC-normalised (PEP 3131) before they are checked, so
# look-alike letters do not get past the rules.
# ---
ｅｘｅｃ('1')  ### policy:forbidden-name "exec"
# ---
𝐞𝐯𝐚𝐥('1')  ### policy:forbidden-name "eval"
# ---
x = ().__ｃｌａｓｓ__  ### policy:dunder-attr "__class__"
# ---
ℯval('1')  ### policy:forbidden-name "eval"
# ---
# A fullwidth low line cannot start an identifier, although NFKC makes it
# "_": CPython says "invalid character '＿' (U+FF3F)", and so does pyfence.
x = ().＿＿class＿＿  ### syntax "invalid character '＿' \(U\+FF3F\)"
# ---
# After the first character it is allowed, and normalised: CPython reads
# this as ().__class__.
x = ().__class＿＿  ### policy:dunder-attr "__class__"
