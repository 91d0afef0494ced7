package hugeheap

import "testing"

func TestWantedOnlyWhereTheKernelWaitsToBeAsked(t *testing.T) {
	for _, c := range []struct {
		mode, overcommit, godebug string
		want                      bool
	}{
		{"always [madvise] never\n", "0\n", "", true},
		{"always [madvise] never\n", "1\n", "gctrace=1", true},
		{"[always] madvise never\n", "0\n", "", false},
		{"always madvise [never]\n", "0\n", "", false},
		{"", "0\n", "", false}, // no huge pages in this kernel
		{"always [madvise] never\n", "2\n", "", false},
		{"always [madvise] never\n", "0\n", "gctrace=1, disablethp=1", false},
		{"always [madvise] never\n", "0\n", "disablethp=0", true},
	} {
		if got := wanted(c.mode, c.overcommit, c.godebug); got != c.want {
			t.Errorf("wanted(%q, %q, %q) = %v, want %v", c.mode, c.overcommit, c.godebug, got, c.want)
		}
	}
}

func TestSizeIsAtMostAQuarterOfMemory(t *testing.T) {
	if got := size(2<<30, 24<<30); got != 2<<30 {
		t.Errorf("2 GiB of 24: %d", got)
	}
	if got := size(2<<30, 2<<30); got != 512<<20 {
		t.Errorf("2 GiB of 2: %d", got)
	}
}
