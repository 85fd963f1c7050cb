package builtins_test

import (
	"testing"

	"github.com/pyfence/pyfence/interp"
)

func TestSequenceMethods(t *testing.T) {
	t.Parallel()
	runFnCases(t, []fnCase{
		{name: "append extend insert", src: "x = [1]\nx.append(2)\nx.extend([3])\nx.extend(range(4, 6))\nx.extend('ab')\nx.insert(0, 's')\nx.insert(-1, 'p')\nx.insert(100, 'e')\nx.insert(-100, 'b')\nprint(x)", want: "['b', 's', 1, 2, 3, 4, 5, 'a', 'p', 'b', 'e']\n"},
		{name: "pop count index", src: "x = [1, 2, 3, 2, 1]\nprint(x.count(2), x.index(2), x.index(2, 2), x.index(1, -1), x.index(2, -10, 10), x.pop(), x.pop(0), x.pop(-2), x)", want: "2 1 3 4 1 1 1 3 [2, 2]\n"},
		{name: "remove with numeric equality", src: "x = [1, 2.0, True, 2]\nx.remove(2)\nx.remove(1)\nprint(x, x.count(1), x.index(True))", want: "[True, 2] 1 0\n"},
		{name: "reverse copy clear", src: "x = [1, 2, 3]\ny = x.copy()\nx.reverse()\ny.clear()\nprint(x, y, x is y)", want: "[3, 2, 1] [] False\n"},
		{name: "extend with itself", src: "x = [1, 2]\nx.extend(x)\nprint(x)", want: "[1, 2, 1, 2]\n"},
		{name: "sort stable with key and reverse", src: "x = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]\nx.sort(key=lambda p: p[0], reverse=True)\nprint(x)\nx.sort(key=lambda p: p[1])\nprint(x)", want: "[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]\n[(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]\n"},
		{name: "sort of mixed numbers", src: "x = [3, 1.5, True, -2, 2**70, 0.0]\nx.sort()\nprint(x)", want: "[-2, 0.0, True, 1.5, 3, 1180591620717411303424]\n"},
		{name: "sort returns None", src: "print([2, 1].sort())", want: "None\n"},
		{name: "long sort is stable", src: "x = [((i * 37) % 101, i) for i in range(500)]\nx.sort(key=lambda p: p[0])\nprint(x[:4], x[-2:])", want: "[(0, 0), (0, 101), (0, 202), (0, 303)] [(100, 333), (100, 434)]\n"},
		{name: "sort of strings", src: "x = ['banana', 'Apple', 'cherry', 'apple']\nx.sort()\nprint(x)\nx.sort(key=str.lower)\nprint(x)", want: "['Apple', 'apple', 'banana', 'cherry']\n['Apple', 'apple', 'banana', 'cherry']\n"},
		{name: "key sees an empty list", src: "x = [3, 1, 2]\nseen = []\nx.sort(key=lambda v: (seen.append(len(x)), v)[1])\nprint(x, seen)", want: "[1, 2, 3] [0, 0, 0]\n"},
		{name: "list modified during sort", src: "x = [3, 1, 2]\ndef k(v):\n    x.append(v)\n    return v\ntry:\n    x.sort(key=k)\nexcept ValueError as e:\n    print(e, x)", want: "list modified during sort [1, 2, 3]\n"},
		{name: "key error leaves the list", src: "x = [3, 1, 2]\ndef k(v):\n    if v == 2:\n        raise KeyError(v)\n    return v\ntry:\n    x.sort(key=k)\nexcept KeyError:\n    print(x)", want: "[3, 1, 2]\n"},
		{name: "comparison error message", src: "[3, 1, 'a', 2].sort()", err: "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{name: "comparison error message reversed", src: "sorted(['a', 1])", err: "TypeError: '<' not supported between instances of 'int' and 'str'"},
		{name: "pop from empty list", src: "[].pop()", err: "IndexError: pop from empty list"},
		{name: "pop index out of range", src: "[1].pop(5)", err: "IndexError: pop index out of range"},
		{name: "index not found", src: "[1].index(3)", err: "ValueError: 3 is not in list"},
		{name: "index with a str bound", src: "[1].index(1, 'a')", err: "TypeError: slice indices must be integers or have an __index__ method"},
		{name: "remove not found", src: "[].remove(3)", err: "ValueError: list.remove(x): x not in list"},
		{name: "append without argument", src: "[].append()", err: "TypeError: list.append() takes exactly one argument (0 given)"},
		{name: "append with keyword", src: "[].append(x=1)", err: "TypeError: list.append() takes no keyword arguments"},
		{name: "copy with argument", src: "[].copy(1)", err: "TypeError: list.copy() takes no arguments (1 given)"},
		{name: "pop with two arguments", src: "[].pop(1, 2)", err: "TypeError: pop expected at most 1 argument, got 2"},
		{name: "insert with one argument", src: "[].insert(1)", err: "TypeError: insert expected 2 arguments, got 1"},
		{name: "extend with an int", src: "[].extend(1)", err: "TypeError: 'int' object is not iterable"},
		{name: "sort with a positional argument", src: "[].sort(1)", err: "TypeError: sort() takes no positional arguments"},
		{name: "sort with an unknown keyword", src: "[].sort(foo=1)", err: "TypeError: 'foo' is an invalid keyword argument for sort()"},
		{name: "tuple count and index", src: "t = (1, 2, 2, 3, 2)\nprint(t.count(2), t.index(3), t.index(2, 2), t.index(2, -1), (1, 2.0).index(2))", want: "3 3 2 4 1\n"},
		{name: "tuple index not found", src: "(1, 2).index(3)", err: "ValueError: tuple.index(x): x not in tuple"},
		{name: "tuple count without argument", src: "().count()", err: "TypeError: tuple.count() takes exactly one argument (0 given)"},
		{name: "range count and index", src: "r = range(0, 20, 3)\nprint(r.count(6), r.count(7), r.count(6.0), r.index(9), range(10, 0, -2).index(4), range(5).index(True))", want: "1 0 1 3 3 1\n"},
		{name: "range index not found", src: "range(3).index(7)", err: "ValueError: 7 is not in range"},
		{name: "range index of a str", src: "range(3).index('a')", err: "ValueError: sequence.index(x): x not in sequence"},
		{name: "bytes case and search", src: "b = b'Hello, World'\nprint(b.upper(), b.lower(), b.find(b'o'), b.rfind(b'o'), b.find(111), b.count(b'l'), b.index(b'W'), b.rindex(b'l'))", want: "b'HELLO, WORLD' b'hello, world' 4 8 4 3 7 10\n"},
		{name: "bytes affixes", src: "b = b'Hello'\nprint(b.startswith(b'He'), b.endswith((b'x', b'lo')), b.startswith(b'l', 2), b.endswith(b'l', 0, 4), b.startswith(b'', 6))", want: "True True True True False\n"},
		{name: "bytes predicates", src: "print(b'abc'.isalpha(), b'123'.isdigit(), b''.isdigit(), b'a1'.isalnum(), b' \\t'.isspace(), b'abc'.islower(), b'ABC1'.isupper(), b'1'.islower())", want: "True True False True True True True False\n"},
		{name: "bytes split and strip", src: "print(b'a,b,,c'.split(b','), b' a  b '.split(), b'a b c'.split(None, 1), b'a,b,c'.rsplit(b',', 1), b'  a b  '.rsplit(None, 1), b'  x '.strip(), b'xxaxx'.strip(b'x'))", want: "[b'a', b'b', b'', b'c'] [b'a', b'b'] [b'a', b'b c'] [b'a,b', b'c'] [b'  a', b'b'] b'x' b'a'\n"},
		{name: "bytes join and replace", src: "print(b'-'.join([b'a', b'b']), b''.join([]), b'aaa'.replace(b'a', b'bb', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2))", want: "b'a-b' b'' b'bbbba' b'-a-b-c-' b'-a-bc'\n"},
		{name: "bytes hex", src: "print(b'abc'.hex(), b'abc'.hex(':'), b'abcdef'.hex(':', 2), b'abcdef'.hex('-', -4), b''.hex(':'))", want: "616263 61:62:63 6162:6364:6566 61626364-6566 \n"},
		{name: "bytes decode", src: "print(b'caf\\xc3\\xa9'.decode(), b'\\xff'.decode('latin-1'), b'a\\xe2\\x82b\\xff'.decode('utf-8', 'replace'), b'a\\xe2\\x82b'.decode('utf-8', 'backslashreplace'))", want: "café ÿ a�b� a\\xe2\\x82b\n"},
		{name: "bytes decode error", src: "b'\\xe2\\x82\\x41'.decode()", err: "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
		{name: "bytes decode truncated", src: "b'\\xf0\\x90\\x80'.decode()", err: "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
		{name: "bytes decode ascii", src: "b'ok\\xff'.decode('ascii')", err: "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 2: ordinal not in range(128)"},
		{name: "bytes decode unknown codec", src: "b'a'.decode('foo')", err: "LookupError: unknown encoding: foo"},
		{name: "bytes find of a str", src: "b'a'.find('a')", err: "TypeError: argument should be integer or bytes-like object, not 'str'"},
		{name: "bytes join of ints", src: "b'a'.join([1])", err: "TypeError: sequence item 0: expected a bytes-like object, int found"},
		{name: "bytes split empty separator", src: "b'a'.split(b'')", err: "ValueError: empty separator"},
		{name: "bytes index not found", src: "b'a'.index(b'b')", err: "ValueError: subsection not found"},
	})
}

func TestSequenceMethodAttacks(t *testing.T) {
	t.Parallel()
	steps := interp.Limits{Steps: 1_000_000}
	runFnLimitCases(t, []fnLimitCase{
		{"sort is charged per comparison", "x = list(range(10**5))\nx.reverse()\nx.sort(key=lambda v: -v)\nx.sort()", interp.Limits{Steps: 300_000}, interp.StepLimit},
		{"sort key that grows the list", "x = list(range(100))\ndef k(v):\n    x.extend(range(10**6))\n    return v\nx.sort(key=k)", steps, interp.StepLimit},
		{"extend with an infinite iterator", "x = []\nx.extend(iter(int, 1))", steps, interp.StepLimit},
		{"extend with a huge range checks memory first", "x = []\nx.extend(range(10**12))", interp.Limits{}, interp.MemoryLimit},
		{"count over a list that keeps growing", "class G:\n    def __eq__(self, o):\n        x.append(G())\n        return False\nx = [G()]\nx.count(0)", steps, interp.StepLimit},
		{"bytes replace growth is checked", "x = b'a' + b'a'\nfor _ in range(14):\n    x = x + x\nx.replace(b'a', bytes(10**5))", interp.Limits{}, interp.MemoryLimit},
		{"bytes join growth is checked", "x = [bytes(1000)] * 10**4\nb''.join(x)", interp.Limits{Memory: 1 << 20}, interp.MemoryLimit},
		{"bytes hex output is checked", "x = bytes(10**6)\nx.hex(':')", interp.Limits{Memory: 2 << 20}, interp.MemoryLimit},
		{"bytes split into many parts checks memory first", "x = bytes(10**6)\nx.split(bytes(1))", interp.Limits{Memory: 8 << 20}, interp.MemoryLimit},
		{"bytes whitespace split into many parts checks memory first", "x = b''.join([b' a'] * 10**6)\nx.split()", interp.Limits{Memory: 16 << 20}, interp.MemoryLimit},
		{"range count of a float scans", "range(10**15).count(1.5)", steps, interp.StepLimit},
		{"range index of a str scans", "range(10**15).index('a')", steps, interp.StepLimit},
	})
	runFnCases(t, []fnCase{
		{name: "sort key that clears the list", src: "x = list(range(5))\ndef k(v):\n    x.clear()\n    return -v\nx.sort(key=k)\nprint(x)", want: "[4, 3, 2, 1, 0]\n"},
		{name: "comparison that mutates the list", src: "class K:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, o):\n        data.append(1)\n        return self.v < o.v\ndata = [K(i) for i in range(10)]\ntry:\n    data.sort()\nexcept ValueError as e:\n    print(e, len(data))", want: "list modified during sort 10\n"},
		{name: "negative indexes never panic", src: "l = [1]\nprint(l.pop(-1))\ntry:\n    l.pop(-5)\nexcept IndexError as e:\n    print(e)\nprint([1, 2].index(1, -10**30), range(5).index(4))", want: "1\npop from empty list\n0 4\n"},
		{name: "self-referential list methods", src: "a = []\na.append(a)\nprint(a.count(a), a.index(a), a.copy()[0] is a)\na.remove(a)\nprint(a)", want: "1 0 True\n[]\n"},
		{name: "reversed of a list that shrinks", src: "x = [1, 2, 3]\nr = reversed(x)\nprint(next(r))\nx.clear()\nprint(list(r))", want: "3\n[]\n"},
	})
}
