package policy

import (
	"strconv"

	"github.com/go-python/gpython/ast"
)

// A Pos is a position in a source file.
//
// Line and Col are 1-based; Col counts bytes from the start of the line, as
// go/token's Position.Column does, so a tab or a multi-byte character
// advances it by its encoded length. Zero means unknown. Positions always
// refer to the source given to [Parse], not to [Source.Text]: the two differ
// only where Parse normalised an identifier or dropped a byte-order mark.
type Pos struct {
	Line int // line number, starting at 1; 0 if unknown
	Col  int // byte column, starting at 1; 0 if unknown
}

// IsValid reports whether the position has a line number.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String returns "line:col", "line" when the column is unknown, or "-" when
// the position is invalid.
func (p Pos) String() string {
	switch {
	case !p.IsValid():
		return "-"
	case p.Col <= 0:
		return strconv.Itoa(p.Line)
	default:
		return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
	}
}

// posOf returns the position gpython recorded for n, converted from its
// 0-based byte ColOffset to a 1-based Col. It is the only place where a
// 0-based column is converted; no 0-based column leaves the package.
//
// gpython counts ColOffset in bytes of the text it parsed (its lexer slices
// the line by byte index), which is [Source.Text]; [Source.pos] maps the
// result back to the original source. gpython leaves some nodes without a
// position (a Call with arguments, an empty Arguments): for those posOf
// returns the invalid Pos, and callers fall back to an enclosing node.
//
// Where gpython puts positions: a Name, Arg, Keyword or Alias starts at its
// identifier; an Attribute is at its '.', a Subscript at its '[' and a
// Call without arguments at its '('; a statement is at its first keyword
// (a decorated def at "def", not at '@'); a dotted decorator @a.b is one
// Name, at the '@'.
func posOf(n ast.Ast) Pos {
	if n == nil {
		return Pos{}
	}
	line := n.GetLineno()
	if line <= 0 {
		return Pos{}
	}
	col := n.GetColOffset()
	if col < 0 {
		return Pos{Line: line}
	}
	return Pos{Line: line, Col: col + 1}
}
