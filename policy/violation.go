package policy

import (
	"cmp"
	"fmt"
	"slices"
)

// MaxViolations is the number of violations a [Violations] list keeps;
// further ones are only counted, so hostile input cannot make the report
// grow without bound.
const MaxViolations = 100

// A Violation is one breach of the policy found by [Check].
type Violation struct {
	Pos  Pos    // where the offending construct starts in the source
	Rule string // stable kebab-case rule ID, such as "dunder-attr"
	Msg  string // lower-case English description, without position or rule
}

// Error returns the violation as "line:col: message [rule]", omitting the
// position when it is unknown.
func (v Violation) Error() string {
	if v.Pos.IsValid() {
		return v.Pos.String() + ": " + v.Msg + " [" + v.Rule + "]"
	}
	return v.Msg + " [" + v.Rule + "]"
}

// Violations is the list of violations found in one source, modelled on
// go/scanner's ErrorList. It keeps the first [MaxViolations] violations in
// List and counts the others in Dropped. The zero value is an empty list,
// ready to use.
//
// Violations implements error; use [Violations.Err] to get a nil error when
// the list is empty.
type Violations struct {
	List    []Violation // at most MaxViolations entries
	Dropped int         // violations added after List was full
}

// Add appends a violation at pos with the given rule ID and a message
// formatted from format and args, or only counts it when List already holds
// [MaxViolations] entries.
func (vs *Violations) Add(pos Pos, rule, format string, args ...any) {
	if len(vs.List) >= MaxViolations {
		vs.Dropped++
		return
	}
	vs.List = append(vs.List, Violation{Pos: pos, Rule: rule, Msg: fmt.Sprintf(format, args...)})
}

// Len returns the number of violations added, kept or dropped.
func (vs Violations) Len() int { return len(vs.List) + vs.Dropped }

// Sort sorts the kept violations by line, column, rule and message.
func (vs Violations) Sort() {
	slices.SortStableFunc(vs.List, func(a, b Violation) int {
		return cmp.Or(
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
}

// Error returns the first violation followed by " (and N more)" when there
// are others, kept or dropped.
func (vs Violations) Error() string {
	switch n := vs.Len(); {
	case n == 0:
		return "no violations"
	case len(vs.List) == 0:
		// Unreachable through Add, which drops only once List is full.
		return fmt.Sprintf("%d violations", n)
	case n == 1:
		return vs.List[0].Error()
	default:
		return fmt.Sprintf("%s (and %d more)", vs.List[0].Error(), n-1)
	}
}

// Err returns vs as an error, or nil when it holds no violation.
func (vs Violations) Err() error {
	if vs.Len() == 0 {
		return nil
	}
	return vs
}
