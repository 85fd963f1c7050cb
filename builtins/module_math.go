// This file defines the math module.

package builtins

// mathModule describes the math module; nil until it is implemented.
func mathModule() *moduleSpec { return nil }
