package semantic

import "slices"

// nameTable maps interned names to int32s (cells, or slots): a slice
// sorted by name. The solver keeps one per class for its attributes, one
// per class for its instances' attributes and two per module (the
// globals it binds, and those it does not); they are small, read at
// nearly every attribute access and name lookup, and rarely written. A
// binary search over a few dozen ints in one cache line or two costs
// less than hashing into a map per table, which was the solver's largest
// cost after allocation.
type nameTable []nameEntry

type nameEntry struct{ name, val int32 }

// find returns the index of name in t, or where it would go.
func (t nameTable) find(name int32) (int, bool) {
	lo, hi := 0, len(t)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[m].name < name {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(t) && t[lo].name == name
}

// get returns the value of name, and whether t has it.
func (t nameTable) get(name int32) (int32, bool) {
	if i, ok := t.find(name); ok {
		return t[i].val, true
	}
	return -1, false
}

// set gives name the value val.
func (t *nameTable) set(name, val int32) {
	i, ok := t.find(name)
	if ok {
		(*t)[i].val = val
		return
	}
	*t = slices.Insert(*t, i, nameEntry{name, val})
}

// newNameTable makes the table of entries, the last of the same name
// winning, as assigning them in turn to a map would.
func newNameTable(entries []nameEntry) nameTable {
	slices.SortStableFunc(entries, func(a, b nameEntry) int { return int(a.name) - int(b.name) })
	out := entries[:0]
	for _, e := range entries {
		if n := len(out); n > 0 && out[n-1].name == e.name {
			out[n-1] = e
			continue
		}
		out = append(out, e)
	}
	return slices.Clip(out)
}
