# Forbidden builtins and names reserved for injected helpers.

data = open("secrets.txt")  ### policy:forbidden-name "use of 'open' is not allowed"
exec("print(1)")  ### policy:forbidden-name
value = eval("1 + 1")  ### policy:forbidden-name
code = compile("1", "f", "eval")  ### policy:forbidden-name
g = globals()  ### policy:forbidden-name
l = locals()  ### policy:forbidden-name
v = vars()  ### policy:forbidden-name
s = input()  ### policy:forbidden-name
breakpoint()  ### policy:forbidden-name
help(len)  ### policy:forbidden-name
exit(0)  ### policy:forbidden-name
quit()  ### policy:forbidden-name
mv = memoryview(b"x")  ### policy:forbidden-name
license()  ### policy:forbidden-name
exec = print  ### policy:forbidden-name
del open  ### policy:forbidden-name
alias = [eval for eval in range(3)]  ### policy:forbidden-name ### policy:forbidden-name


def run(open):  ### policy:forbidden-name
    return open  ### policy:forbidden-name


def compile():  ### policy:forbidden-name
    pass


class eval:  ### policy:forbidden-name
    pass


class Expr:
    def eval(self, env):
        return env

    def compile(self):
        return self.eval({})


r = Expr().eval({})
d = dict(open=1, input=2)

try:
    pass
except Exception as input:  ### policy:forbidden-name
    pass

__pf_result__ = 1  ### policy:reserved-name "reserved"
x = __pf_guard__(1)  ### policy:reserved-name
y = obj.__pf_meter__  ### policy:reserved-name
call(__pf_kw__=1)  ### policy:reserved-name


def __pf_helper__():  ### policy:reserved-name
    pass


class Helper:
    def __pf_method__(self):  ### policy:reserved-name
        pass


class Meta(Base, metaclass=Type):  ### policy:unsupported-syntax "metaclass"
    pass


class Star(*bases):  ### policy:unsupported-syntax
    pass


class Kw(**options):  ### policy:unsupported-syntax
    pass
