package builtins

// Exports for the tests of dict, set and hash in package builtins_test.
var (
	DictConstructorForTest      = newDict
	SetConstructorForTest       = newSet
	FrozenSetConstructorForTest = newFrozenSet
	HashBuiltinForTest          = builtinHash
	EntryBytesForTest           = entryBytes
)
