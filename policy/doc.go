// Package policy decides, before anything runs, whether untrusted Python
// source may run at all, and prepares it for gpython's compiler.
//
// It is the static half of pyfence's pipeline:
//
//	source ─► Parse ─► Check ─► Rewrite ─► Emit ─► (interp compiles and runs)
//
// [Parse] bounds the raw source (size, nesting, encoding) with a linear
// scan before gpython's parser sees it, rewrites non-ASCII identifiers to
// their NFKC form as Python does (so ｅｘｅｃ is exec), and parses it. Its
// errors are *[SyntaxError] values with a position.
//
// [Check] walks the tree with a default-deny visitor and returns every
// [Violation] it finds, not only the first, each with a stable rule ID
// (dunder-attr, dunder-name, special-method, forbidden-name, import-denied,
// import-star, reserved-name, unsupported-syntax), a position and a
// message. What is allowed comes in as data, in a [Config]: the package
// knows nothing about the runtime.
//
// Positions ([Pos]) are 1-based lines and 1-based byte columns in the
// source given to Parse, as in go/token. gpython's 0-based column offsets
// never leave the package.
//
// The package has no mutable global state; its functions are safe for
// concurrent use, and a [Source] may be checked concurrently. It imports
// only gpython's ast and parser packages (and py, to read the position
// of a parse error).
package policy
