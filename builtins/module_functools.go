// This file defines the functools module.

package builtins

// functoolsModule describes the functools module; nil until it is implemented.
func functoolsModule() *moduleSpec { return nil }
