package interp_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/pyfence/pyfence/interp"
)

// Compile once, run many times with fresh inputs.
func Example() {
	prog, err := interp.CompileExpr("total.py", "price * qty * (1 - discount)", interp.CompileOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, qty := range []int{1, 2, 3} {
		res, err := prog.Run(context.Background(), interp.RunOptions{
			Inputs: map[string]any{"price": 10.0, "qty": qty, "discount": 0.25},
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(res.Value)
	}
	// Output:
	// 7.5
	// 15
	// 22.5
}

// A script's printed output and the value of its final expression.
func ExampleProgram_Run() {
	src := `
def grade(score):
    if score >= 90:
        return 'A'
    return 'B'

for s in scores:
    print(s, grade(s))
len(scores)
`
	prog, err := interp.Compile("grades.py", src, interp.CompileOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := prog.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"scores": []int{95, 80}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(res.Output)
	fmt.Println("value:", res.Value)
	// Output:
	// 95 A
	// 80 B
	// value: 2
}

// Budgets end runaway scripts with a typed error.
func ExampleProgram_Run_limits() {
	prog, err := interp.Compile("spin.py", "while True:\n    pass\n", interp.CompileOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = prog.Run(context.Background(), interp.RunOptions{Limits: interp.Limits{Steps: 1000}})
	var le *interp.LimitError
	if errors.As(err, &le) {
		fmt.Println("kind:", le.Kind, "line:", le.Pos.Line)
	}
	fmt.Println(errors.Is(err, interp.ErrStepLimit))
	// Output:
	// kind: steps line: 1
	// true
}

// Compile reports every policy violation, with its rule and position.
func ExamplePolicyError() {
	src := "import os\nf = open('/etc/passwd')\nx = ().__class__\n"
	_, err := interp.Compile("bad.py", src, interp.CompileOptions{})
	var pe *interp.PolicyError
	if errors.As(err, &pe) {
		for _, v := range pe.Violations {
			fmt.Printf("%s: %s\n", v.Pos, v.Rule)
		}
	}
	// Output:
	// 1:8: import-denied
	// 2:5: forbidden-name
	// 3:7: dunder-attr
}

// An uncaught exception comes back with its CPython-style traceback.
func ExamplePythonError() {
	prog, err := interp.Compile("div.py", "def ratio(a, b):\n    return a / b\n\nratio(1, 0)\n", interp.CompileOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = prog.Run(context.Background(), interp.RunOptions{})
	var pe *interp.PythonError
	if errors.As(err, &pe) {
		fmt.Print(pe.Traceback())
	}
	// Output:
	// Traceback (most recent call last):
	//   File "div.py", line 4, in <module>
	//     ratio(1, 0)
	//   File "div.py", line 2, in ratio
	//     return a / b
	// ZeroDivisionError: division by zero
}
