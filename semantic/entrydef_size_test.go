package semantic

import (
	"testing"
	"unsafe"
)

// There is an entryDef for every def of the tree, kept with the module:
// eight bytes more each cost a check of CPython's 3.11 installation
// about 40 MiB of peak memory.
func TestEntryDefFitsIn64Bytes(t *testing.T) {
	if size := unsafe.Sizeof(entryDef{}); size > 64 {
		t.Errorf("entryDef is %d bytes, want at most 64", size)
	}
}
