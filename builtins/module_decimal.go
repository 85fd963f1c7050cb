// This file defines the decimal module.

package builtins

// decimalModule describes the decimal module; nil until it is implemented.
func decimalModule() *moduleSpec { return nil }
