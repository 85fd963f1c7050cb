// This file defines the heapq module.

package builtins

// heapqModule describes the heapq module; nil until it is implemented.
func heapqModule() *moduleSpec { return nil }
