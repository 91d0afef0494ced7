//go:build linux

package hugeheap

import (
	"os"
	"runtime"
	"syscall"
)

// hugePage is the size of a transparent huge page on the platforms Go
// supports on Linux: a block smaller than two is not worth a collection.
const hugePage = 2 << 20

// Reserve marks up to n bytes of the heap's address space for huge pages
// and reports whether it did. Call it once, at the start of a run that
// will hold a large heap: it collects garbage to free the block.
func Reserve(n uint64) bool {
	mode, _ := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	overcommit, _ := os.ReadFile("/proc/sys/vm/overcommit_memory")
	if !wanted(string(mode), string(overcommit), os.Getenv("GODEBUG")) {
		return false
	}
	var info syscall.Sysinfo_t
	if syscall.Sysinfo(&info) != nil {
		return false
	}
	n = size(n, uint64(info.Totalram)*uint64(info.Unit))
	if n < 2*hugePage {
		return false
	}
	err := mark(n)
	runtime.GC() // frees the block: nothing refers to it any more
	return err == nil
}

// mark allocates a block of n bytes and marks its pages for huge pages.
// A fresh block of the heap is not zeroed (the kernel's pages are), so
// none of it is touched: only its addresses are marked, and the heap
// grows into them once it is freed.
func mark(n uint64) error {
	return syscall.Madvise(make([]byte, n), syscall.MADV_HUGEPAGE)
}
