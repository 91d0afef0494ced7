//go:build !unix

package readfile

import (
	"io"
	"io/fs"
	"os"
)

// Into is Read; buf's memory is not reused on this system.
func Into(path string, buf []byte, limit int64) ([]byte, error) {
	// Stat first: opening a named pipe could wait for a writer.
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	switch {
	case info.IsDir():
		return nil, &fs.PathError{Op: "read", Path: path, Err: fs.ErrInvalid}
	case !info.Mode().IsRegular():
		return nil, &fs.PathError{Op: "read", Path: path, Err: ErrNotRegular}
	case info.Size() > limit:
		return nil, tooLarge(path, info.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(path, int64(len(data)), limit)
	}
	return data, nil
}
