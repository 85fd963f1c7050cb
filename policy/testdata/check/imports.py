# Imports: only json and math are allowed by the test's Config.

import json
import math as m
from json import loads, dumps as d
from math import pi
import os  ### policy:import-denied "'os'.*json, math"
import json.decoder  ### policy:import-denied "'json.decoder'"
import json, sys  ### policy:import-denied "'sys'"
from os import path  ### policy:import-denied
from os.path import join  ### policy:import-denied "'os.path'"
from . import sibling  ### policy:import-denied "relative"
from ..pkg import thing  ### policy:import-denied "relative"
from json import *  ### policy:import-star
from subprocess import *  ### policy:import-denied ### policy:import-star
from math import __loader__  ### policy:dunder-attr
from json import loads as __loads__  ### policy:dunder-name
from math import open  ### policy:forbidden-name
import json as exec  ### policy:forbidden-name
import math as __pf_math__  ### policy:reserved-name


def lazy():
    import importlib  ### policy:import-denied
    return importlib
