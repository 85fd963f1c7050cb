// This file defines the string module.

package builtins

// stringModule describes the string module; nil until it is implemented.
func stringModule() *moduleSpec { return nil }
