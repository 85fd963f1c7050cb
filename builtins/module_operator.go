// This file defines the operator module.

package builtins

// operatorModule describes the operator module; nil until it is implemented.
func operatorModule() *moduleSpec { return nil }
