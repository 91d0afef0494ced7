package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrChanged is returned by Replace when the file no longer holds the
// content it was fixed from.
var ErrChanged = errors.New("the file changed since it was checked; check it again")

// Replace writes new over the file at path if it still holds old, so
// that an edit made while crosstalk ran is not lost; see WriteFile.
func Replace(path string, old, new []byte) error {
	cur, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(cur, old) {
		return fmt.Errorf("%s: %w", path, ErrChanged)
	}
	return WriteFile(path, new)
}

// WriteFile replaces the content of the existing file at path with data
// atomically: a reader sees the old content or the new, never a part, and
// a failure leaves the old. It writes a temporary file in the same folder
// and renames it over the file, keeping the file's permission bits; a
// symbolic link is followed, so that the link stays a link. The file is
// a new one for the file system: its owner is the writer, and a hard
// link to the old one keeps the old content.
func WriteFile(path string, data []byte) (err error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(real)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return &fs.PathError{Op: "write", Path: path, Err: errors.New("not a regular file")}
	}
	tmp, err := os.CreateTemp(filepath.Dir(real), "."+filepath.Base(real)+".crosstalk-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	// CreateTemp makes the file 0600; the umask does not apply to Chmod.
	if err = tmp.Chmod(info.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)); err != nil {
		return err
	}
	// On disk before the rename, so that a crash cannot leave the name
	// pointing at an empty file.
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), real)
}
