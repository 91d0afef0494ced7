// Package readfile is the one way crosstalk opens what it reads: Python
// sources, configuration files, .gitignore files. Anything but a regular
// file is refused without blocking (a FIFO would wait for a writer, a
// device such as /dev/zero never ends), and a file over a size limit is
// refused before it is read, so that no single input can hang the run or
// exhaust its memory.
package readfile

import (
	"errors"
	"fmt"
	"io/fs"
)

// SettingsLimit bounds what is read of a configuration or .gitignore
// file: far above any real one (40,000 per-file-ignores entries are about
// 1 MB), far below what would exhaust the memory of a run.
const SettingsLimit = 16 << 20

// ErrNotRegular is the error for a path that names a FIFO, a socket or a
// device: reading one could block the run or never end.
var ErrNotRegular = errors.New("not a regular file")

// TooLargeError is the error for a file over the size limit it was read
// with.
type TooLargeError struct {
	Size, Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("the file is %s, over the limit of %s", FormatSize(e.Size), FormatSize(e.Limit))
}

// Read reads the whole regular file at path, if it holds at most limit
// bytes. The error is a *fs.PathError; its Err is ErrNotRegular, a
// *TooLargeError or the system's error.
func Read(path string, limit int64) ([]byte, error) { return Into(path, nil, limit) }

// FormatSize spells a number of bytes in the largest binary unit it
// reaches, with one decimal unless it is a whole number of them: "512 B",
// "10 MiB", "37.2 MiB", as config.ParseSize reads sizes.
func FormatSize(n int64) string {
	units := [...]string{"B", "KiB", "MiB", "GiB", "TiB"}
	abs := uint64(n)
	if n < 0 {
		abs = -abs
	}
	i := 0
	for i+1 < len(units) && abs >= 1<<(10*(i+1)) {
		i++
	}
	sign := ""
	if n < 0 {
		sign = "-"
	}
	if abs%(1<<(10*i)) == 0 {
		return fmt.Sprintf("%s%d %s", sign, abs>>(10*i), units[i])
	}
	return fmt.Sprintf("%s%.1f %s", sign, float64(abs)/float64(uint64(1)<<(10*i)), units[i])
}

// UnwrapPath drops the path from a *fs.PathError, for messages that name
// the path already.
func UnwrapPath(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

func tooLarge(path string, size, limit int64) error {
	return &fs.PathError{Op: "read", Path: path, Err: &TooLargeError{Size: size, Limit: limit}}
}
