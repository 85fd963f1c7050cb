// This file defines the re module.

package builtins

// reModule describes the re module; nil until it is implemented.
func reModule() *moduleSpec { return nil }
