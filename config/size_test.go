package config

import (
	"math"
	"testing"

	"github.com/crosstalk-dev/crosstalk/internal/readfile"
)

func TestParseSize(t *testing.T) {
	for s, want := range map[string]int64{
		"123":       123,
		"123B":      123,
		"123 b":     123,
		"512 KB":    512_000,
		"10MB":      10_000_000,
		"10mb":      10_000_000,
		"1GB":       1_000_000_000,
		"1KiB":      1024,
		"10 MiB":    10 << 20,
		"1gib":      1 << 30,
		" 1.5 KiB ": 1536,
		"0.5 KB":    500,
		"37.2 MiB":  39007027,
	} {
		if got, err := ParseSize(s); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
}

func TestParseSizeRejects(t *testing.T) {
	for s, want := range map[string]string{
		"":                      `"" is not a size; write a number of bytes or one with a unit, such as "10 MiB"`,
		"MB":                    `"MB" is not a size; write a number of bytes or one with a unit, such as "10 MiB"`,
		"-5MB":                  `"-5MB" is not a size; write a number of bytes or one with a unit, such as "10 MiB"`,
		"1.2.3 KB":              `"1.2.3 KB" is not a size; write a number of bytes or one with a unit, such as "10 MiB"`,
		"10 XB":                 `"10 XB": unknown unit "XB"; use one of B, KB, MB, GB, TB, KiB, MiB, GiB, TiB, such as "10 MiB"`,
		"1e3":                   `"1e3": unknown unit "e3"; use one of B, KB, MB, GB, TB, KiB, MiB, GiB, TiB, such as "10 MiB"`,
		"0":                     `"0" is less than one byte; a size is at least one byte, such as "10 MiB"`,
		"0.1 B":                 `"0.1 B" is less than one byte; a size is at least one byte, such as "10 MiB"`,
		"9223372036854775807GB": `"9223372036854775807GB" is too large a size; for example "1 GiB" is large enough for any Python file`,
		"99999999999.5 GiB":     `"99999999999.5 GiB" is too large a size; for example "1 GiB" is large enough for any Python file`,
	} {
		if got, err := ParseSize(s); err == nil || err.Error() != want {
			t.Errorf("ParseSize(%q) = %d, %v; want error %s", s, got, err, want)
		}
	}
}

// What FormatSize writes, ParseSize reads back, to within the rounding of
// its one decimal.
func TestFormatSizeReadsBack(t *testing.T) {
	for _, n := range []int64{1, 999, 1024, 1500, 10 << 20, 39007027, 5 << 30, 1<<40 + 12345} {
		got, err := ParseSize(readfile.FormatSize(n))
		if err != nil {
			t.Fatalf("ParseSize(readfile.FormatSize(%d) = %q): %v", n, readfile.FormatSize(n), err)
		}
		if diff := math.Abs(float64(got - n)); diff > 0.05*float64(n) {
			t.Errorf("ParseSize(readfile.FormatSize(%d) = %q) = %d", n, readfile.FormatSize(n), got)
		}
	}
}
