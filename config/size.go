package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// DefaultMaxFileSize is max-file-size unless set: larger than any Python
// file a person writes, small enough that a generated or vendored blob is
// reported instead of read.
const DefaultMaxFileSize = 10 << 20

// sizeUnits are the units a size may be written in, in the order messages
// list them: decimal as disk makers count, binary as memory is counted.
var sizeUnits = []struct {
	name  string
	bytes int64
}{
	{"B", 1}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
}

// ParseSize reads a number of bytes, with or without a unit: "123",
// "123B", "512 KB", "10MB", "1.5 GiB". Units are case-insensitive; KB,
// MB, GB and TB are powers of 1000, KiB, MiB, GiB and TiB powers of 1024.
// A size is at least one byte.
func ParseSize(s string) (int64, error) {
	text := strings.TrimSpace(s)
	i := strings.IndexFunc(text, func(c rune) bool { return (c < '0' || c > '9') && c != '.' })
	if i < 0 {
		i = len(text)
	}
	number, unit := text[:i], strings.TrimSpace(text[i:])
	var scale int64
	for _, u := range sizeUnits {
		if strings.EqualFold(unit, u.name) || unit == "" && u.name == "B" {
			scale = u.bytes
		}
	}
	switch {
	case number == "" || number == "." || strings.Count(number, ".") > 1:
		return 0, fmt.Errorf(`%q is not a size; write a number of bytes or one with a unit, such as "10 MiB"`, s)
	case scale == 0:
		names := make([]string, len(sizeUnits))
		for i, u := range sizeUnits {
			names[i] = u.name
		}
		return 0, fmt.Errorf(`%q: unknown unit %q; use one of %s, such as "10 MiB"`, s, unit, strings.Join(names, ", "))
	}
	var n int64
	if whole, err := strconv.ParseInt(number, 10, 64); err == nil {
		if whole > math.MaxInt64/scale {
			return 0, fmt.Errorf(`%q is too large a size; for example "1 GiB" is large enough for any Python file`, s)
		}
		n = whole * scale
	} else {
		f, err := strconv.ParseFloat(number, 64)
		if err != nil || f*float64(scale) >= math.MaxInt64 {
			return 0, fmt.Errorf(`%q is too large a size; for example "1 GiB" is large enough for any Python file`, s)
		}
		n = int64(f * float64(scale))
	}
	if n < 1 {
		return 0, fmt.Errorf(`%q is less than one byte; a size is at least one byte, such as "10 MiB"`, s)
	}
	return n, nil
}
