package readfile

import (
	"bytes"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestReadReadsWholeFilesUpToTheLimit(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 4095, 4096, 70000} {
		data := bytes.Repeat([]byte("x"), size)
		path := filepath.Join(dir, "f.py")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		// A buffer too small, one large enough, and none.
		for _, buf := range [][]byte{nil, make([]byte, 10), make([]byte, 0, 100000)} {
			got, err := Into(path, buf, int64(size))
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("size %d, buffer cap %d: %d bytes, %v; want the whole file", size, cap(buf), len(got), err)
			}
		}
		if size == 0 {
			continue
		}
		_, err := Read(path, int64(size-1))
		tl, ok := errors.AsType[*TooLargeError](err)
		if !ok || tl.Size != int64(size) || tl.Limit != int64(size-1) {
			t.Errorf("size %d over a limit of %d: %v; want a TooLargeError", size, size-1, err)
		}
		if pe, ok := errors.AsType[*fs.PathError](err); !ok || pe.Path != path {
			t.Errorf("size %d over the limit: %v; want a PathError naming the file", size, err)
		}
	}
}

func TestReadSaysWhatFailed(t *testing.T) {
	dir := t.TempDir()
	if _, err := Read(filepath.Join(dir, "missing.py"), 100); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v; want ErrNotExist", err)
	}
	if _, err := Read(dir, 100); err == nil {
		t.Error("a directory was read")
	}
}

// A sparse file can claim any size: it is refused from its size alone,
// before anything is allocated for it.
func TestSparseHugeFileIsRefusedWithoutReading(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.py")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	const huge = 64 << 30
	if err := f.Truncate(huge); err != nil {
		f.Close()
		t.Fatalf("cannot make a sparse file here: %v", err)
	}
	f.Close()
	allocs := testing.AllocsPerRun(1, func() {
		_, err = Read(path, 10<<20)
	})
	if tl, ok := errors.AsType[*TooLargeError](err); !ok || tl.Size != huge {
		t.Fatalf("Read = %v; want a TooLargeError of %d bytes", err, int64(huge))
	}
	if allocs > 10 {
		t.Errorf("refusing the file took %v allocations", allocs)
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		0:             "0 B",
		512:           "512 B",
		1024:          "1 KiB",
		1536:          "1.5 KiB",
		10 << 20:      "10 MiB",
		39007027:      "37.2 MiB",
		-2048:         "-2 KiB",
		math.MaxInt64: "8388608.0 TiB",
	} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}
