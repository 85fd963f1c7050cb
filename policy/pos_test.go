package policy

import (
	"fmt"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPosString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		pos  Pos
		want string
	}{
		{"line and column", Pos{Line: 3, Col: 7}, "3:7"},
		{"line only when the column is unknown", Pos{Line: 3}, "3"},
		{"dash when invalid", Pos{}, "-"},
		{"dash when only the column is known", Pos{Col: 5}, "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, tt.pos.String())
		})
	}
}

func TestPosIsValid(t *testing.T) {
	t.Parallel()
	assert.True(t, Pos{Line: 1}.IsValid())
	assert.True(t, Pos{Line: 1, Col: 1}.IsValid())
	assert.False(t, Pos{}.IsValid())
	assert.False(t, Pos{Line: 0, Col: 4}.IsValid())
	assert.False(t, Pos{Line: -1}.IsValid())
}

func TestPosOf(t *testing.T) {
	t.Parallel()
	//                 123456789012345678
	src, err := Parse("t.py", []byte("x = a.b(c)[d]()\n"), ModeExec, ParseLimits{})
	require.NoError(t, err)
	got := map[string]Pos{}
	ast.Walk(src.Mod, func(n ast.Ast) bool {
		switch n := n.(type) {
		case *ast.Name:
			got[string(n.Id)] = posOf(n)
		case *ast.Attribute:
			got["attribute"] = posOf(n)
		case *ast.Call:
			got["call "+fmt.Sprint(len(n.Args))] = posOf(n)
		case *ast.Subscript:
			got["subscript"] = posOf(n)
		case *ast.Assign:
			got["assign"] = posOf(n)
		}
		return true
	})
	assert.Equal(t, map[string]Pos{
		"assign":    {Line: 1, Col: 1},
		"x":         {Line: 1, Col: 1},
		"a":         {Line: 1, Col: 5},
		"attribute": {Line: 1, Col: 6},  // at the '.'
		"call 1":    {},                 // gpython records no position for a call with arguments
		"call 0":    {Line: 1, Col: 14}, // at the '('
		"c":         {Line: 1, Col: 9},
		"subscript": {Line: 1, Col: 11}, // at the '['
		"d":         {Line: 1, Col: 12},
	}, got)
}

func TestPosOfUnknownPositions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		node ast.Ast
		want Pos
	}{
		{"nil node", nil, Pos{}},
		{"no line", &ast.Name{}, Pos{}},
		{"column offset 0 is column 1", &ast.Name{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: 2}}}, Pos{Line: 2, Col: 1}},
		{"negative column offset is an unknown column", &ast.Name{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: 2, ColOffset: -1}}}, Pos{Line: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, posOf(tt.node))
		})
	}
}
