// This file defines the random module.

package builtins

// randomModule describes the random module; nil until it is implemented.
func randomModule() *moduleSpec { return nil }
