// This file defines the non-empty form of a parsed pattern, which the
// iteration of finditer, findall, sub and split needs: after an empty
// match at p, CPython looks for the first match at p, in the pattern's
// own order of preference, that is not empty, before it moves on to p+1.
// RE2 has no such mode, so the pattern is rewritten into one that
// matches exactly its non-empty matches, in the same order.

package builtins

// rxNonEmptyBudget bounds the nodes the rewrite may create.
const rxNonEmptyBudget = 5000

// rxPart is one piece of a node's matches, in order of preference: every
// match of node is empty (empty true) or none is.
type rxPart struct {
	node  *rxNode
	empty bool
}

// rxNonEmptyState is the budget of one rewrite.
type rxNonEmptyState struct{ budget int }

// spend takes one node from the budget and reports whether any was left.
func (s *rxNonEmptyState) spend() bool {
	s.budget--
	return s.budget >= 0
}

// rxCanEmpty reports whether n can match the empty string.
func rxCanEmpty(n *rxNode) bool {
	switch n.op {
	case rxLit, rxSet, rxAny, rxFail:
		return false
	case rxGroup:
		return rxCanEmpty(n.sub[0])
	case rxConcat:
		for _, s := range n.sub {
			if !rxCanEmpty(s) {
				return false
			}
		}
		return true
	case rxAlt:
		for _, s := range n.sub {
			if rxCanEmpty(s) {
				return true
			}
		}
		return false
	case rxRepeat:
		return n.min == 0 || rxCanEmpty(n.sub[0])
	}
	return true // assertions and the empty pattern
}

// rxOnlyEmpty reports whether every match of n is empty.
func rxOnlyEmpty(n *rxNode) bool {
	switch n.op {
	case rxLit, rxSet, rxAny:
		return false
	case rxFail:
		return true
	case rxGroup:
		return rxOnlyEmpty(n.sub[0])
	case rxConcat, rxAlt:
		for _, s := range n.sub {
			if !rxOnlyEmpty(s) {
				return false
			}
		}
		return true
	case rxRepeat:
		return n.max == 0 || rxOnlyEmpty(n.sub[0])
	}
	return true
}

// rxNonEmptyOf returns a node matching the non-empty matches of n, in
// n's order of preference; ok is false when the rewrite is not known for
// n's shape or grows past its budget.
func rxNonEmptyOf(n *rxNode, _ []*rxNode, _ int) (*rxNode, bool) {
	s := &rxNonEmptyState{budget: rxNonEmptyBudget}
	return s.seq([]*rxNode{n})
}

// rxConcatOf returns the sequence of nodes, or the node when there is one.
func rxConcatOf(nodes ...*rxNode) *rxNode {
	if len(nodes) == 1 {
		return nodes[0]
	}
	return &rxNode{op: rxConcat, sub: nodes}
}

// seq returns the non-empty matches of the sequence nodes.
func (s *rxNonEmptyState) seq(nodes []*rxNode) (*rxNode, bool) {
	if !s.spend() {
		return nil, false
	}
	if len(nodes) == 0 {
		return &rxNode{op: rxFail}, true
	}
	x, rest := nodes[0], nodes[1:]
	if !rxCanEmpty(x) || !rxCanEmpty(rxConcatOf(append([]*rxNode{{op: rxEmpty}}, rest...)...)) {
		return rxConcatOf(nodes...), true
	}
	if x.op == rxConcat {
		return s.seq(append(append([]*rxNode(nil), x.sub...), rest...))
	}
	parts, ok := s.parts(x)
	if !ok {
		return nil, false
	}
	var alts []*rxNode
	var neRest *rxNode
	for _, p := range parts {
		if !p.empty {
			alts = append(alts, rxConcatOf(append([]*rxNode{p.node}, rest...)...))
			continue
		}
		if neRest == nil {
			if neRest, ok = s.seq(rest); !ok {
				return nil, false
			}
		}
		alts = append(alts, rxConcatOf(p.node, neRest))
	}
	if len(alts) == 1 {
		return alts[0], true
	}
	return &rxNode{op: rxAlt, sub: alts}, true
}

// parts splits the matches of x into pieces that are all empty or all
// non-empty, in x's order of preference.
func (s *rxNonEmptyState) parts(x *rxNode) ([]rxPart, bool) {
	if !s.spend() {
		return nil, false
	}
	if !rxCanEmpty(x) {
		return []rxPart{{node: x}}, true
	}
	if rxOnlyEmpty(x) {
		return []rxPart{{node: x, empty: true}}, true
	}
	switch x.op {
	case rxAlt:
		var out []rxPart
		for _, b := range x.sub {
			p, ok := s.parts(b)
			if !ok {
				return nil, false
			}
			out = append(out, p...)
		}
		return out, true
	case rxGroup:
		p, ok := s.parts(x.sub[0])
		if !ok {
			return nil, false
		}
		out := make([]rxPart, len(p))
		for i, q := range p {
			out[i] = rxPart{node: &rxNode{op: rxGroup, cap: x.cap, flags: x.flags, sub: []*rxNode{q.node}}, empty: q.empty}
		}
		return out, true
	case rxRepeat:
		d := x.sub[0]
		if rxCanEmpty(d) || x.min != 0 {
			return nil, false
		}
		more := &rxNode{op: rxRepeat, min: 1, max: x.max, lazy: x.lazy, flags: x.flags, sub: x.sub}
		none := &rxNode{op: rxEmpty}
		if x.lazy {
			return []rxPart{{node: none, empty: true}, {node: more}}, true
		}
		return []rxPart{{node: more}, {node: none, empty: true}}, true
	case rxConcat:
		first, ok := s.parts(x.sub[0])
		if !ok {
			return nil, false
		}
		rest := rxConcatOf(x.sub[1:]...)
		var out []rxPart
		for _, p := range first {
			if !p.empty {
				out = append(out, rxPart{node: rxConcatOf(p.node, rest)})
				continue
			}
			rp, ok := s.parts(rest)
			if !ok {
				return nil, false
			}
			for _, q := range rp {
				out = append(out, rxPart{node: rxConcatOf(p.node, q.node), empty: q.empty})
			}
		}
		return out, true
	}
	return nil, false
}
