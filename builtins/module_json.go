// This file defines the json module.

package builtins

// jsonModule describes the json module; nil until it is implemented.
func jsonModule() *moduleSpec { return nil }
