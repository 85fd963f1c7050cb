// This file defines hashTable, the insertion-ordered hash table under
// pyfence's dict, set and frozenset.

package builtins

import (
	"context"
	"math"

	"github.com/go-python/gpython/py"

	"github.com/pyfence/pyfence/internal/run"
)

// entryBytes is what one entry slot of a table is accounted as against the
// run's memory budget: the 48-byte tableEntry (two interfaces, the hash and
// the chain link), its share of the entries slice's growth (up to twice
// the live slots) and of the index map (about 20 bytes a key). The key and
// value objects themselves are accounted where they are made.
const entryBytes = 112

// minCompact is the number of deleted entries below which a table is
// never compacted.
const minCompact = 16

// tableEntry is one slot of a hashTable. A nil key marks a deleted entry
// (a tombstone): it keeps its place in the chain until the next
// compaction.
type tableEntry struct {
	key, value py.Object
	hash       int64
	prev       int32 // index of the previous entry with the same hash, -1 if none
}

// hashTable maps hashable keys to values in insertion order. Entries live
// in a slice in insertion order; index maps each hash to its newest entry,
// and entries with the same hash are chained through prev. Deletion leaves
// a tombstone; tombstones are dropped when they outnumber live entries.
//
// Every probe of a chain charges a step, so colliding keys (hash flooding)
// end at the step limit instead of stalling the host. The zero value is an
// empty table, ready to use; it takes the run state of the first call that
// passes one.
type hashTable struct {
	st      *run.State
	private *run.State // the state of a table no run touched yet; see state
	entries []tableEntry
	index   map[int64]int32
	live    int
	version uint64 // changes whenever a key is added or removed, or entries move
	moved   uint64 // counts compactions: entries changed places
	slots   int    // entry slots accounted against the memory budget
	head    int    // no live entry before this index
	tail    int    // no live entry at or after this index
}

// bind records the run state of the table on first use.
func (t *hashTable) bind(st *run.State) {
	if t.st == nil && st != t.private {
		t.st = st
	}
}

// state returns the run state of the table. A table made by Go code
// (NewDict, a zero Set) that no call with a run state touched yet gets a
// small private state, with budgets of its own, until one does.
func (t *hashTable) state() *run.State {
	if t.st != nil {
		return t.st
	}
	if t.private == nil {
		t.private = run.New()
		t.private.Reset(context.Background(), run.Limits{Steps: 1_000_000, Memory: 1 << 20, Depth: 50})
	}
	return t.private
}

// len returns the number of live entries.
func (t *hashTable) len() int { return t.live }

// find returns the index of the entry of key (whose hash is h), or -1.
// Comparing keys may run the script's __eq__, which may change the table:
// the search then starts again, as CPython's lookdict does.
func (t *hashTable) find(st *run.State, key py.Object, h int64) (int, error) {
	t.bind(st)
restart:
	version := t.version
	i, ok := t.index[h]
	if !ok {
		return -1, nil
	}
	for i >= 0 {
		if err := st.Charge(1); err != nil {
			return -1, err
		}
		e := t.entries[i]
		if e.key != nil {
			if sameKey(e.key, key) {
				return int(i), nil
			}
			eq, err := Equal(st, e.key, key)
			if err != nil {
				return -1, err
			}
			if t.version != version {
				goto restart
			}
			if eq {
				return int(i), nil
			}
		}
		i = e.prev
	}
	return -1, nil
}

// sameKey is the identity test of lookups. A float is a value in pyfence,
// not an object, so a NaN is taken to be the NaN it was stored as when
// their bits are equal: d[x] finds d's NaN key x, as in CPython.
func sameKey(a, b py.Object) bool {
	if x, ok := a.(py.Float); ok {
		if y, ok := b.(py.Float); ok && x != x {
			return math.Float64bits(float64(x)) == math.Float64bits(float64(y))
		}
	}
	return same(a, b)
}

// lookup hashes key and finds its entry.
func (t *hashTable) lookup(st *run.State, key py.Object) (int, int64, error) {
	h, err := Hash(st, key)
	if err != nil {
		return -1, 0, err
	}
	i, err := t.find(st, key, h)
	return i, h, err
}

// get returns the value of key and whether it is present.
func (t *hashTable) get(st *run.State, key py.Object) (py.Object, bool, error) {
	i, _, err := t.lookup(st, key)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return t.entries[i].value, true, nil
}

// set stores value under key. An existing key keeps its key object and its
// place; a new key goes last. added reports whether the key was new.
func (t *hashTable) set(st *run.State, key, value py.Object) (added bool, err error) {
	i, h, err := t.lookup(st, key)
	if err != nil {
		return false, err
	}
	return t.setHashed(st, i, key, h, value)
}

// setHashed is set for a key already looked up: i is its entry or -1.
func (t *hashTable) setHashed(st *run.State, i int, key py.Object, h int64, value py.Object) (bool, error) {
	if i >= 0 {
		t.entries[i].value = value
		return false, nil
	}
	if len(t.entries) >= t.slots {
		if len(t.entries) >= math.MaxInt32 {
			return false, st.FailMemory(int64(len(t.entries)) * entryBytes)
		}
		if err := st.Alloc(entryBytes); err != nil {
			return false, err
		}
		t.slots++
	}
	if t.index == nil {
		t.index = map[int64]int32{}
	}
	prev, ok := t.index[h]
	if !ok {
		prev = -1
	}
	t.index[h] = int32(len(t.entries))
	t.entries = append(t.entries, tableEntry{key: key, value: value, hash: h, prev: prev})
	t.tail = len(t.entries)
	t.live++
	t.version++
	return true, nil
}

// remove deletes the entry of key, returning its value and whether it was
// present.
func (t *hashTable) remove(st *run.State, key py.Object) (py.Object, bool, error) {
	i, _, err := t.lookup(st, key)
	if err != nil || i < 0 {
		return nil, false, err
	}
	v := t.entries[i].value
	t.removeAt(st, i)
	return v, true, nil
}

// removeAt deletes entry i, which is live.
func (t *hashTable) removeAt(st *run.State, i int) {
	t.entries[i].key, t.entries[i].value = nil, nil
	t.live--
	t.version++
	if dead := len(t.entries) - t.live; dead >= minCompact && dead > t.live {
		t.compact(st)
	}
}

// compact drops the tombstones and rebuilds the index.
func (t *hashTable) compact(st *run.State) {
	// The work is paid for by the deletions that made the tombstones.
	w := 0
	for _, e := range t.entries {
		if e.key != nil {
			t.entries[w] = e
			w++
		}
	}
	clear(t.entries[w:])
	t.entries = t.entries[:w]
	t.head, t.tail = 0, w
	t.reindex()
	t.moved++
}

// reindex rebuilds the index and the chains from the entries.
func (t *hashTable) reindex() {
	t.index = make(map[int64]int32, len(t.entries))
	for i := range t.entries {
		e := &t.entries[i]
		prev, ok := t.index[e.hash]
		if !ok {
			prev = -1
		}
		e.prev = prev
		t.index[e.hash] = int32(i)
	}
	t.version++
}

// clear removes every entry. The accounted slots stay accounted: they
// are reused by later insertions.
func (t *hashTable) clear() {
	clear(t.entries)
	t.entries = t.entries[:0]
	t.index = nil
	t.head, t.tail = 0, 0
	t.live = 0
	t.version++
	t.moved++
}

// last returns the index of the newest live entry, or -1.
func (t *hashTable) last() int {
	for i := min(t.tail, len(t.entries)) - 1; i >= 0; i-- {
		if t.entries[i].key != nil {
			t.tail = i + 1
			return i
		}
	}
	t.tail = 0
	return -1
}

// first returns the index of the oldest live entry, or -1.
func (t *hashTable) first() int {
	for i := t.head; i < len(t.entries); i++ {
		if t.entries[i].key != nil {
			t.head = i
			return i
		}
	}
	t.head = len(t.entries)
	return -1
}

// copyFrom makes t a copy of u (t must be empty), charging a step and
// accounting a slot per entry.
func (t *hashTable) copyFrom(st *run.State, u *hashTable) error {
	t.bind(st)
	n := u.live
	if err := st.Charge(int64(n) + 1); err != nil {
		return err
	}
	if extra := n - t.slots; extra > 0 {
		if err := st.Alloc(int64(extra) * entryBytes); err != nil {
			return err
		}
		t.slots += extra
	}
	t.entries = make([]tableEntry, 0, n)
	for _, e := range u.entries {
		if e.key != nil {
			t.entries = append(t.entries, e)
		}
	}
	t.live = len(t.entries)
	t.head, t.tail = 0, t.live
	t.reindex()
	return nil
}

// reserve checks, before a bulk insertion of n distinct keys, that their
// slots fit the memory budget.
func (t *hashTable) reserve(st *run.State, n int64) error {
	if extra := n - int64(t.slots); extra > 0 {
		if extra > (1<<62)/entryBytes {
			return st.FailMemory(1 << 62)
		}
		return st.CheckAlloc(extra * entryBytes)
	}
	return nil
}

// distinctLen returns the number of items of o when they are known to be
// distinct keys (a range, a dict or a set), for reserve.
func distinctLen(o py.Object) (int64, bool) {
	switch x := o.(type) {
	case *py.Range:
		return int64(x.Length), true
	case *Dict:
		return int64(x.t.live), true
	case *Set:
		return int64(x.t.live), true
	case py.StringDict:
		return int64(len(x)), true
	}
	return 0, false
}

// tableIterate calls fn for each item of the iterable o, charging a step
// per item (the meter polls the clock and the context every 1,024 steps).
// A dict or set that fn changes raises CPython's RuntimeError.
func tableIterate(st *run.State, o py.Object, fn func(py.Object) error) error {
	switch x := o.(type) {
	case py.Tuple:
		for _, item := range x {
			if err := st.Charge(1); err != nil {
				return err
			}
			if err := fn(item); err != nil {
				return err
			}
		}
		return nil
	case *py.List:
		for i := 0; i < len(x.Items); i++ {
			if err := st.Charge(1); err != nil {
				return err
			}
			if err := fn(x.Items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := iterOf(o)
	if err != nil {
		return err
	}
	for {
		if err := st.Charge(1); err != nil {
			return err
		}
		item, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) && !st.Failed() {
				return nil
			}
			return err
		}
		if err := fn(item); err != nil {
			return err
		}
	}
}
