// Package hugeheap asks the kernel to back a one-shot run's heap with
// transparent huge pages, where it gives them only on request.
//
// `crosstalk check` keeps every module's model until the end of the run,
// so its heap grows to hundreds of megabytes of pages touched for the
// first time. On Linux with transparent huge pages in "madvise" mode (the
// default of Debian and Ubuntu), each 4 KiB page is a fault of its own:
// about 160,000 of them on the 3.11 tree, 10 µs each on the virtual
// machines CI runs on, and as many TLB misses later. Go's runtime no
// longer asks for huge pages for its heap, so Reserve does: it allocates
// one large block, marks its pages for huge pages, and frees it; the heap
// then grows into those addresses, 2 MiB per fault.
//
// GODEBUG=disablethp=1, Go's own switch for huge pages in its heap, turns
// it off.
package hugeheap

import "strings"

// WholeTree is how much of the address space a run that keeps a model
// of a whole tree marks: a little over the largest heap measured
// (`crosstalk callgraph` of the 3.11 library, 1.8 GB). Marking costs
// nothing physical where the heap stays smaller.
const WholeTree = 2 << 30

// wanted says whether Reserve should mark memory, from the kernel's huge
// page mode (the contents of
// /sys/kernel/mm/transparent_hugepage/enabled), its overcommit policy
// (/proc/sys/vm/overcommit_memory) and GODEBUG.
func wanted(thpMode, overcommit, godebug string) bool {
	// "always" backs the heap already, "never" never does; only
	// "madvise" waits to be asked.
	if !strings.Contains(thpMode, "[madvise]") {
		return false
	}
	// Under strict accounting (2) the block would count against the
	// commit limit as if it were used, and a refusal is fatal to Go.
	if strings.TrimSpace(overcommit) == "2" {
		return false
	}
	for _, kv := range strings.Split(godebug, ",") {
		if strings.TrimSpace(kv) == "disablethp=1" {
			return false
		}
	}
	return true
}

// size is how much of the address space to mark: what was asked, but at
// most a quarter of the machine's memory, so that the block is never an
// obvious overcommit the kernel refuses (also fatal to Go).
func size(asked, totalRAM uint64) uint64 {
	return min(asked, totalRAM/4)
}
