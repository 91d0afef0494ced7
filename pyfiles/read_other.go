//go:build !unix

package pyfiles

import (
	"io/fs"
	"os"
)

// ReadFile reads a whole source file; anything but a regular file is an
// error, as on unix.
func ReadFile(path string) ([]byte, error) { return ReadFileInto(path, nil) }

// ReadFileInto is ReadFile; buf's memory is not reused on this system.
func ReadFileInto(path string, buf []byte) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: ErrNotRegular}
	}
	return os.ReadFile(path)
}
