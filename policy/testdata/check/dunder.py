# Dunder attributes and names. Each offending line ends with a marker:
# ### policy:RULE-ID, optionally followed by a quoted regexp for the message.

x = ().__class__  ### policy:dunder-attr "'__class__'"
bases = x.__bases__[0].__subclasses__()  ### policy:dunder-attr "__bases__" ### policy:dunder-attr "__subclasses__"
f = (lambda: 0).__globals__  ### policy:dunder-attr
x.__dict__["y"] = 1  ### policy:dunder-attr
del x.__doc__  ### policy:dunder-attr
x.__class__ = int  ### policy:dunder-attr
x.__len__ += 1  ### policy:dunder-attr
y = __builtins__  ### policy:dunder-name "'__builtins__'"
name = __name__  ### policy:dunder-name
__file__ = "x"  ### policy:dunder-name
m = __import__("os")  ### policy:dunder-name
b = __build_class__  ### policy:dunder-name
____ = 4  ### policy:dunder-name


@decorate.__wrapped__  ### policy:dunder-attr
def wrapped():
    pass


def __secret__():  ### policy:dunder-name
    pass


def params(__a__, b=__debug__, *__c__, **__d__):  ### policy:dunder-name ### policy:dunder-name ### policy:dunder-name ### policy:dunder-name
    return b


g = lambda __x__: 0  ### policy:dunder-name
squares = [__i__ * 2 for __i__ in range(3)]  ### policy:dunder-name ### policy:dunder-name
call(__kw__=1)  ### policy:dunder-name "'__kw__'"

try:
    pass
except ValueError as __e__:  ### policy:dunder-name
    pass


class __Meta__:  ### policy:dunder-name
    __slots__ = ()  ### policy:dunder-name

    def __init__(self):
        super().__init__()
        super().__getattribute__("x")  ### policy:dunder-attr
        super(Meta, self).__init__()  ### policy:dunder-attr
        self.__class__  ### policy:dunder-attr

    def __getattr__(self, name):  ### policy:special-method "defining __getattr__ is not allowed"
        return name

    def __del__(self):  ### policy:special-method
        pass

    def method(self):
        def __init__():  ### policy:dunder-name
            pass
        return __init__  ### policy:dunder-name

    if True:
        def __repr__(self):  ### policy:dunder-name
            return ""


def outer():
    global __g__  ### policy:dunder-name
    x = 1

    def inner():
        nonlocal x
        return x.__class__  ### policy:dunder-attr
    return inner
