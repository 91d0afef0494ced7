// Package alloc measures what a function allocates, for the tests that
// hold a cost linear in the size of the input: bytes allocated, unlike
// time, do not depend on what else the machine is doing.
package alloc

import "runtime"

// Bytes returns the bytes f allocates, the least of three runs (a run
// may pay for a one-time setup).
func Bytes(f func()) uint64 {
	var least uint64
	for i := range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		if n := after.TotalAlloc - before.TotalAlloc; i == 0 || n < least {
			least = n
		}
	}
	return least
}
