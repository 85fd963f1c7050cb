# Direct capabilities: files, processes, the environment, the interpreter's
# namespaces and compiler (surface report A.2; peers.md section 8.1).
# ---
data = open('/etc/passwd').read()  ### policy:forbidden-name "open"
# ---
f = open('written_by_py.txt', 'w')  ### policy:forbidden-name "open"
f.write('x')
# ---
__import__('os').system('true')  ### policy:dunder-name "__import__"
# ---
import os  ### policy:import-denied "os"
os.system('echo shell-ran')
# ---
import os  ### policy:import-denied "os"
os._exit(7)
# ---
import sys  ### policy:import-denied "sys"
sys.exit(3)
# ---
import sys  ### policy:import-denied "sys"
print(sys.modules)
# ---
import sys  ### policy:import-denied "sys"
sys.stdout.close()
# ---
import builtins  ### policy:import-denied "builtins"
builtins.len = lambda x: 42
# ---
print(__builtins__)  ### policy:dunder-name "__builtins__"
# ---
g = globals()  ### policy:forbidden-name "globals"
g['zz'] = 5
# ---
def f(a):
    b = 2
    return locals()  ### policy:forbidden-name "locals"
# ---
print(vars())  ### policy:forbidden-name "vars"
# ---
exec('import os\nz = os.getpid()')  ### policy:forbidden-name "exec"
# ---
eval('__import__("os").getcwd()')  ### policy:forbidden-name "eval"
# ---
c = compile('y = 6*7', '<s>', 'exec')  ### policy:forbidden-name "compile"
exec(c)  ### policy:forbidden-name "exec"
# ---
g = {'__builtins__': {}}
exec('r = open', g)  ### policy:forbidden-name "exec"
# ---
# Encoded payloads still need exec or eval.
payload = '\x5f\x5fimport\x5f\x5f("os")'
eval(payload)  ### policy:forbidden-name "eval"
# ---
print(input())  ### policy:forbidden-name "input"
# ---
import mod_in_cwd  ### policy:import-denied "mod_in_cwd"
# ---
m = __import__('/abs/path/farmod')  ### policy:dunder-name "__import__"
# ---
import time  ### policy:import-denied "time"
time.sleep(10**6)
# ---
import tempfile  ### policy:import-denied "tempfile"
# ---
import glob  ### policy:import-denied "glob"
# ---
import marshal  ### policy:import-denied "marshal"
# ---
import importlib  ### policy:import-denied "importlib"
# ---
from . import sibling  ### policy:import-denied
# ---
__file__ = 1  ### policy:dunder-name "__file__"
import missing_mod_xyz  ### policy:import-denied
