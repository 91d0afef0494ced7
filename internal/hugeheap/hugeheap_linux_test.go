//go:build linux

package hugeheap

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// The heap, once the block is freed, grows into addresses marked for huge
// pages: whether the kernel then has a free huge page to give is its
// business, so the test reads the mark, not the pages.
func TestTheHeapGrowsIntoMarkedAddresses(t *testing.T) {
	mode, _ := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	overcommit, _ := os.ReadFile("/proc/sys/vm/overcommit_memory")
	want := wanted(string(mode), string(overcommit), os.Getenv("GODEBUG"))
	if got := Reserve(256 << 20); got != want {
		t.Fatalf("Reserve = %v on a kernel whose mode is %q", got, mode)
	}
	data := make([]byte, 8<<20)
	flags, err := vmFlags(uintptr(unsafe.Pointer(&data[len(data)/2])))
	if err != nil {
		t.Fatal(err)
	}
	if marked := strings.Contains(" "+flags+" ", " hg "); marked != want {
		t.Errorf("the heap's new block has VmFlags %q: marked %v, want %v", flags, marked, want)
	}
}

// vmFlags returns the VmFlags line of the mapping that holds addr.
func vmFlags(addr uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 {
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmFlags:")), nil
		}
	}
	return "", fmt.Errorf("no mapping holds %#x", addr)
}
