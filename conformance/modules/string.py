# The string module: constants, capwords and Template.
# ---
# Letter and digit constants.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
# Output:
# abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ
# abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ
# 0123456789 0123456789abcdefABCDEF 01234567
# ---
# punctuation, whitespace and printable.
import string
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
# Output:
# !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
# ' \t\n\r\x0b\x0c'
# '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c' 100
# ---
# Constants are plain str values.
import string
print(type(string.digits), string.digits.isdigit(), 'a' in string.ascii_lowercase, '$' in string.punctuation)
print(sorted(set(string.hexdigits.lower())) == sorted(set('0123456789abcdef')))
# Output:
# <class 'str'> True True True
# True
# ---
# capwords splits on whitespace runs by default.
import string
print(string.capwords('hello   world'), string.capwords('  the QUICK brown\tfox\n'))
print(repr(string.capwords('')), repr(string.capwords('   ')))
# Output:
# Hello World The Quick Brown Fox
# '' ''
# ---
# capwords with a separator keeps empty fields.
import string
print(string.capwords('a-b--c', '-'), string.capwords('one,two,,three', ','), string.capwords('x y', sep=None))
print(string.capwords("it's ÉTÉ ÿes"))
# Output:
# A-B--C One,Two,,Three X Y
# It's Été Ÿes
# ---
# capwords with an empty separator.
import string
string.capwords('a b', '')  ### exception:ValueError "empty separator"
# ---
# Template.substitute with keywords and a mapping.
from string import Template
t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
# Output:
# tim likes kung pao
# ann likes tea
# ann likes coffee
# ---
# ${name}, $$ and placeholders followed by identifier characters.
from string import Template
print(Template('${noun}ification costs $$10').substitute(noun='tax'))
print(Template('$a$b ${a}_x $a_x').substitute(a=1, b=2, a_x='!'))
print(Template('$$$a $$').substitute(a='A'))
# Output:
# taxification costs $10
# 12 1_x !
# $A $
# ---
# Values are converted with str().
from string import Template
print(Template('$i $f $l $n $t').substitute(i=1, f=2.5, l=[1, 'a'], n=None, t=(1,)))
# Output:
# 1 2.5 [1, 'a'] None (1,)
# ---
# The template attribute and the default pattern's attributes.
from string import Template
t = Template('x $y')
print(t.template, t.delimiter, t.idpattern, t.braceidpattern)
# Output:
# x $y $ (?a:[_a-z][_a-z0-9]*) None
# ---
# A missing key raises KeyError with the name.
from string import Template
Template('$who and $what').substitute(who='x')  ### exception:KeyError "'what'"
# ---
# A braced missing key too, with a mapping and keywords.
from string import Template
Template('${a} ${b}').substitute({'a': 1}, c=3)  ### exception:KeyError "'b'"
# ---
# An invalid placeholder reports its line and column.
from string import Template
for s in ['abc $', 'abc $!', 'line1\nab $ cd', 'a\r\nb\rc$-', '${x', '${1}', '$ x']:
    try:
        Template(s).substitute(x=1)
    except ValueError as e:
        print(repr(s), e)
# Output:
# 'abc $' Invalid placeholder in string: line 1, col 5
# 'abc $!' Invalid placeholder in string: line 1, col 5
# 'line1\nab $ cd' Invalid placeholder in string: line 2, col 4
# 'a\r\nb\rc$-' Invalid placeholder in string: line 3, col 2
# '${x' Invalid placeholder in string: line 1, col 1
# '${1}' Invalid placeholder in string: line 1, col 1
# '$ x' Invalid placeholder in string: line 1, col 1
# ---
# An invalid placeholder in substitute.
from string import Template
Template('cost: $5').substitute()  ### exception:ValueError "Invalid placeholder in string: line 1, col 7"
# ---
# safe_substitute leaves missing and invalid placeholders as they are.
from string import Template
t = Template('$who likes ${what} for $$5 at $ ${unclosed $1')
print(t.safe_substitute(who='tim'))
print(t.safe_substitute({'what': 'x'}, who='y'))
print(t.safe_substitute())
# Output:
# tim likes ${what} for $5 at $ ${unclosed $1
# y likes x for $5 at $ ${unclosed $1
# $who likes ${what} for $5 at $ ${unclosed $1
# ---
# Identifiers are ASCII only, matched case-insensitively.
from string import Template
print(Template('$Abc $ABC $abc').substitute(Abc=1, ABC=2, abc=3))
print(Template('$é $naïve').safe_substitute(na='NA'))
# Output:
# 1 2 3
# $é NAïve
# ---
# get_identifiers lists each valid name once, in order (3.11).
from string import Template
print(Template('$a ${b} $a $$c $ $1 ${d').get_identifiers())
print(Template('').get_identifiers(), Template('no placeholders').get_identifiers())
# Output:
# ['a', 'b']
# [] []
# ---
# is_valid (3.11).
from string import Template
print(Template('$a ${b} $$').is_valid(), Template('$').is_valid(), Template('${a').is_valid(), Template('$1').is_valid())
# Output:
# True False False False
# ---
# Dunder-looking placeholders are just mapping keys.
from string import Template
print(Template('${__class__} $__init__').substitute({'__class__': 'C', '__init__': 'I'}))
print(Template('${__class__}').safe_substitute())
# Output:
# C I
# ${__class__}
# ---
# The mapping may be any mapping, including a class with __getitem__.
from string import Template
class M:
    def __getitem__(self, key):
        if key == 'missing':
            raise KeyError(key)
        return key.upper()
print(Template('$a and ${bc}').substitute(M()))
print(Template('$a and $missing').safe_substitute(M()))
# Output:
# A and BC
# A and $missing
# ---
# Keywords shadow the mapping, and a keyword may be called mapping.
from string import Template
print(Template('$mapping $x').substitute({'x': 1, 'mapping': 'm'}, x=2))
print(Template('$mapping').substitute(mapping='kw'))
# Output:
# m 2
# kw
# ---
# Too many positional arguments.
from string import Template
Template('$a').substitute({}, {})  ### exception:TypeError "takes from 1 to 2 positional arguments but 3 were given"
# ---
# A template that is not a str fails when used.
from string import Template
t = Template(42)
print(t.template)
t.substitute()  ### exception:TypeError "expected string or bytes-like object, got 'int'"
# Output:
# 42
# ---
# Template is a class; instances are Templates.
from string import Template
t = Template('$x')
print(Template, type(t) is Template, isinstance(t, Template))
# Output:
# <class 'string.Template'> True True
# ---
# Multi-line templates.
from string import Template
t = Template('''Dear $name,
your order ${order_id} ships on $date.
-- $$ignore''')
print(t.substitute(name='Ann', order_id=17, date='Monday'))
# Output:
# Dear Ann,
# your order 17 ships on Monday.
# -- $ignore
