//go:build !linux

package hugeheap

// Reserve does nothing where huge pages are not Linux's madvise kind.
func Reserve(n uint64) bool { return false }
