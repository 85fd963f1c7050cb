package policy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestViolationError(t *testing.T) {
	t.Parallel()
	v := Violation{Pos: Pos{Line: 3, Col: 7}, Rule: "dunder-attr", Msg: "access to dunder attribute '__class__' is not allowed"}
	assert.Equal(t, "3:7: access to dunder attribute '__class__' is not allowed [dunder-attr]", v.Error())
	v.Pos = Pos{Line: 3}
	assert.Equal(t, "3: access to dunder attribute '__class__' is not allowed [dunder-attr]", v.Error())
	v.Pos = Pos{}
	assert.Equal(t, "access to dunder attribute '__class__' is not allowed [dunder-attr]", v.Error())
}

func TestViolationsZeroValueIsEmpty(t *testing.T) {
	t.Parallel()
	var vs Violations
	assert.NoError(t, vs.Err())
	assert.Equal(t, 0, vs.Len())
	assert.Equal(t, "no violations", vs.Error())
	vs.Sort()
}

func TestViolationsAddFormatsTheMessage(t *testing.T) {
	t.Parallel()
	var vs Violations
	vs.Add(Pos{Line: 1, Col: 2}, "forbidden-name", "use of '%s' is not allowed", "open")
	require.Len(t, vs.List, 1)
	assert.Equal(t, Violation{Pos: Pos{Line: 1, Col: 2}, Rule: "forbidden-name", Msg: "use of 'open' is not allowed"}, vs.List[0])
	assert.Equal(t, "1:2: use of 'open' is not allowed [forbidden-name]", vs.Error())
}

func TestViolationsKeepTheFirstHundredAndCountTheRest(t *testing.T) {
	t.Parallel()
	var vs Violations
	for i := 1; i <= 250; i++ {
		vs.Add(Pos{Line: i, Col: 1}, "forbidden-name", "violation %d", i)
	}
	require.Len(t, vs.List, MaxViolations)
	assert.Equal(t, 150, vs.Dropped)
	assert.Equal(t, 250, vs.Len())
	assert.Equal(t, "violation 100", vs.List[99].Msg)
	assert.Equal(t, "1:1: violation 1 [forbidden-name] (and 249 more)", vs.Error())
}

func TestViolationsSortByLineColumnRuleAndMessage(t *testing.T) {
	t.Parallel()
	vs := Violations{List: []Violation{
		{Pos: Pos{Line: 2, Col: 1}, Rule: "a", Msg: "x"},
		{Pos: Pos{Line: 1, Col: 9}, Rule: "b", Msg: "x"},
		{Pos: Pos{Line: 1, Col: 9}, Rule: "a", Msg: "y"},
		{Pos: Pos{Line: 1, Col: 9}, Rule: "a", Msg: "x"},
		{Pos: Pos{Line: 1, Col: 2}, Rule: "z", Msg: "z"},
		{Pos: Pos{}, Rule: "c", Msg: "no position"},
	}}
	vs.Sort()
	assert.Equal(t, []Violation{
		{Pos: Pos{}, Rule: "c", Msg: "no position"},
		{Pos: Pos{Line: 1, Col: 2}, Rule: "z", Msg: "z"},
		{Pos: Pos{Line: 1, Col: 9}, Rule: "a", Msg: "x"},
		{Pos: Pos{Line: 1, Col: 9}, Rule: "a", Msg: "y"},
		{Pos: Pos{Line: 1, Col: 9}, Rule: "b", Msg: "x"},
		{Pos: Pos{Line: 2, Col: 1}, Rule: "a", Msg: "x"},
	}, vs.List)
}

func TestViolationsErrIsTheListAsAnError(t *testing.T) {
	t.Parallel()
	var vs Violations
	vs.Add(Pos{Line: 1, Col: 1}, "import-star", "'from json import *' is not allowed")
	vs.Add(Pos{Line: 2, Col: 1}, "import-star", "'from math import *' is not allowed")
	err := vs.Err()
	require.Error(t, err)
	assert.Equal(t, "1:1: 'from json import *' is not allowed [import-star] (and 1 more)", err.Error())
	var got Violations
	require.ErrorAs(t, err, &got)
	assert.Len(t, got.List, 2)
}
