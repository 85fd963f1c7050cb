// This file defines the itertools module.

package builtins

// itertoolsModule describes the itertools module; nil until it is implemented.
func itertoolsModule() *moduleSpec { return nil }
