// This file defines the collections module.

package builtins

// collectionsModule describes the collections module; nil until it is implemented.
func collectionsModule() *moduleSpec { return nil }
