// This file defines the datetime module.

package builtins

// datetimeModule describes the datetime module; nil until it is implemented.
func datetimeModule() *moduleSpec { return nil }
