//go:build !unix

package pyfiles

import "os"

// ReadFile reads a whole source file.
func ReadFile(path string) ([]byte, error) { return os.ReadFile(path) }
