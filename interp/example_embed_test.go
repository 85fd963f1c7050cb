package interp_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/pyfence/pyfence/interp"
)

// A rules engine: many rules compiled once, each evaluated against one
// input record. A rule that fails is reported and does not stop the
// others.
func Example_rulesEngine() {
	type Order struct {
		Customer string  `json:"customer"`
		Country  string  `json:"country"`
		Total    float64 `json:"total"`
		Items    int     `json:"items"`
	}
	rules := []struct{ name, expr string }{
		{"big-order", "order['total'] > 1000"},
		{"export", "order['country'] not in ('NO', 'SE', 'DK')"},
		{"bulk", "order['items'] >= 50 and order['total'] / order['items'] < 5"},
		{"broken", "order['discount'] > 0"},
	}
	type compiled struct {
		name string
		prog *interp.Program
	}
	var progs []compiled
	for _, r := range rules {
		p, err := interp.CompileExpr(r.name, r.expr, interp.CompileOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		progs = append(progs, compiled{r.name, p})
	}
	order := Order{Customer: "acme", Country: "DE", Total: 240, Items: 60}
	opts := interp.RunOptions{Inputs: map[string]any{"order": order}, Limits: interp.Limits{Steps: 10_000}}
	for _, r := range progs {
		res, err := r.prog.Run(context.Background(), opts)
		if err != nil {
			fmt.Printf("%s: error: %v\n", r.name, err)
			continue
		}
		hit, err := res.AsBool()
		if err != nil {
			fmt.Printf("%s: %v\n", r.name, err)
			continue
		}
		fmt.Printf("%s: %v\n", r.name, hit)
	}
	// Output:
	// big-order: false
	// export: true
	// bulk: true
	// broken: error: broken:1: KeyError: 'discount'
}

// A formula evaluator: one user formula, many inputs, a float out.
func Example_formula() {
	prog, err := interp.CompileExpr("formula", "round(price * qty * (1 - discount) + tax, 2)", interp.CompileOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, qty := range []int{1, 3} {
		res, err := prog.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{
			"price": 19.99, "qty": qty, "discount": 0.15, "tax": 4.5}})
		if err != nil {
			fmt.Println(err)
			return
		}
		total, err := res.AsFloat64()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(total)
	}
	// Output:
	// 21.49
	// 55.47
}

// A config-time expression: a value computed once from the environment
// and decoded into the Go type the configuration needs.
func Example_configExpression() {
	type Pool struct {
		Workers int      `json:"workers"`
		Queues  []string `json:"queues"`
	}
	src := "{'workers': max(2, cpus * 2), 'queues': [f'{region}-{q}' for q in ('fast', 'slow')]}"
	res, err := interp.Eval(context.Background(), src, map[string]any{"cpus": 4, "region": "eu"})
	if err != nil {
		fmt.Println(err)
		return
	}
	var pool Pool
	if err := interp.Decode(res, &pool); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v\n", pool)
	// Output:
	// {Workers:8 Queues:[eu-fast eu-slow]}
}

// Host functions: Go code the script calls, by reflection. Errors become
// Python exceptions the script may catch; every call counts against
// Limits.HostCalls.
func Example_hostFunction() {
	rates := map[string]float64{"EUR": 1, "NOK": 0.085}
	convert := interp.MustFunc("convert", func(ctx context.Context, amount float64, currency string) (float64, error) {
		r, ok := rates[currency]
		if !ok {
			return 0, &interp.Exception{Type: "ValueError", Msg: "unknown currency " + currency}
		}
		return amount * r, nil
	})
	src := `
total = 0
for amount, cur in [(100, 'EUR'), (1000, 'NOK'), (5, 'XYZ')]:
    try:
        total += convert(amount, cur)
    except ValueError as e:
        print('skipped:', e)
round(total, 2)
`
	prog, err := interp.Compile("fx.py", src, interp.CompileOptions{Functions: []*interp.Function{convert}})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := prog.Run(context.Background(), interp.RunOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(res.Output)
	fmt.Println(res.Value)
	// Output:
	// skipped: unknown currency XYZ
	// 185
}

// Host objects expose an explicit allowlist of attributes and methods;
// nothing else of the Go value is reachable.
func Example_hostObject() {
	var log []string
	user := &interp.Object{TypeName: "User", Attrs: map[string]any{
		"name":  "ann",
		"roles": []string{"admin"},
		"audit": interp.MustFunc("audit", func(msg string) { log = append(log, msg) }),
	}}
	src := "if 'admin' in user.roles:\n    user.audit(user.name + ' did it')\nuser.password\n"
	prog, err := interp.Compile("rule.py", src, interp.CompileOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = prog.Run(context.Background(), interp.RunOptions{Inputs: map[string]any{"user": user}})
	fmt.Println(strings.Join(log, "; "))
	fmt.Println(err)
	// Output:
	// ann did it
	// rule.py:3: AttributeError: 'User' object has no attribute 'password'
}

// Every budget has a sentinel error; the LimitError says which budget,
// how much was used and where.
func Example_limits() {
	cases := []struct {
		src string
		lim interp.Limits
	}{
		{"x = [0] * 10**9", interp.Limits{Memory: 64 << 20}},
		{"def f(n): return f(n + 1)\nf(0)", interp.Limits{Depth: 50}},
		{"while True: print('spam')", interp.Limits{Output: 1000}},
	}
	for _, c := range cases {
		prog, err := interp.Compile("bomb.py", c.src, interp.CompileOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		_, err = prog.Run(context.Background(), interp.RunOptions{Limits: c.lim})
		var le *interp.LimitError
		if errors.As(err, &le) {
			fmt.Println(le.Kind, le.Pos.Line, errors.Is(err, interp.ErrMemoryLimit))
		}
	}
	// Output:
	// memory 1 true
	// depth 1 false
	// output 1 false
}
