# Imports are denied unless the embedder allows the module.
# ---
import os  ### policy:import-denied "os"
# ---
import sys  ### policy:import-denied "sys"
# ---
from os import path  ### policy:import-denied "os"
# ---
import subprocess  ### policy:import-denied "subprocess"
# ---
import os.path  ### policy:import-denied "os"
# ---
import builtins  ### policy:import-denied "builtins"
# ---
import json  ### policy:import-denied "json"
# ---
import math as m  ### policy:import-denied "math"
# ---
def f():
    import time  ### policy:import-denied "time"
    return time
# ---
from os import *  ### policy:import-denied "os" ### policy:import-star
