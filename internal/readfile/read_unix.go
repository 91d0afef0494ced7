//go:build unix

package readfile

import (
	"io/fs"
	"syscall"
)

// Into is Read into buf's memory when it is large enough, so that a loop
// reading file after file need not allocate for each. It takes four
// system calls (open, fstat, read, close): os.ReadFile also registers the
// file with the runtime's poller, which costs five more calls per file, a
// fifth of a whole parse run over a large tree on some kernels.
func Into(path string, buf []byte, limit int64) ([]byte, error) {
	fd, err := openRetry(path)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
	case syscall.S_IFDIR:
		return nil, &fs.PathError{Op: "read", Path: path, Err: syscall.EISDIR}
	default:
		return nil, &fs.PathError{Op: "read", Path: path, Err: ErrNotRegular}
	}
	if st.Size > limit {
		// A sparse file can claim terabytes: refuse it before allocating.
		return nil, tooLarge(path, st.Size, limit)
	}
	size := int(st.Size)
	if cap(buf) > size {
		buf = buf[:0]
	} else {
		buf = make([]byte, 0, size+1) // +1: a file that grew still fits one more read
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		// One byte past the limit is enough to know that a file which
		// grew while it was read is over it.
		end := cap(buf)
		if int64(end) > limit+1 {
			end = int(limit + 1)
		}
		n, err := syscall.Read(fd, buf[len(buf):end])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n <= 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, tooLarge(path, int64(len(buf)), limit)
		}
		// A file read up to its size is whole; the read that would
		// return 0 is saved.
		if len(buf) == size {
			return buf, nil
		}
	}
}

func openRetry(path string) (int, error) {
	for {
		// O_NONBLOCK: opening a FIFO would otherwise wait for a writer;
		// it changes nothing for the regular files that are read.
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}
