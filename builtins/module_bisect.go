// This file defines the bisect module.

package builtins

// bisectModule describes the bisect module; nil until it is implemented.
func bisectModule() *moduleSpec { return nil }
