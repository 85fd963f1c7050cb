// This file defines the statistics module.

package builtins

// statisticsModule describes the statistics module; nil until it is implemented.
func statisticsModule() *moduleSpec { return nil }
