# Static rejections of forbidden builtin names: one name per chunk. A
# reference is rejected as well as a call.
# ---
open('/etc/passwd')  ### policy:forbidden-name "open"
# ---
exec('x = 1')  ### policy:forbidden-name "exec"
# ---
eval('1 + 1')  ### policy:forbidden-name "eval"
# ---
compile('1', '<s>', 'eval')  ### policy:forbidden-name "compile"
# ---
__import__('os')  ### policy:dunder-name "__import__"
# ---
globals()  ### policy:forbidden-name "globals"
# ---
def f():
    return locals()  ### policy:forbidden-name "locals"
# ---
vars()  ### policy:forbidden-name "vars"
# ---
input()  ### policy:forbidden-name "input"
# ---
breakpoint()  ### policy:forbidden-name "breakpoint"
# ---
help()  ### policy:forbidden-name "help"
# ---
exit()  ### policy:forbidden-name "exit"
# ---
quit()  ### policy:forbidden-name "quit"
# ---
memoryview(b'abc')  ### policy:forbidden-name "memoryview"
# ---
f = open  ### policy:forbidden-name "open"
# ---
def run(code):
    return eval(code)  ### policy:forbidden-name "eval"
# ---
fns = [len, exec]  ### policy:forbidden-name "exec"
