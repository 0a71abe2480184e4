package main

import (
	"fmt"
	"strconv"
	"strings"
)

// sizeFlag is a --max-file-size value: a number of bytes, or of KB, MB or
// GB (powers of 1024, as file managers count).
type sizeFlag int64

var sizeUnits = []struct {
	suffix string
	mult   int64
}{{"GB", 1 << 30}, {"G", 1 << 30}, {"MB", 1 << 20}, {"M", 1 << 20}, {"KB", 1 << 10}, {"K", 1 << 10}, {"B", 1}}

func (s *sizeFlag) Set(v string) error {
	text, mult := strings.ToUpper(strings.TrimSpace(v)), int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(text, u.suffix) {
			text, mult = strings.TrimSpace(strings.TrimSuffix(text, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return fmt.Errorf("%q is not a size (try 16MB, 512KB or a number of bytes)", v)
	}
	*s = sizeFlag(n * mult)
	return nil
}

func (s *sizeFlag) String() string { return formatSize(int64(*s)) }

func (*sizeFlag) Type() string { return "size" }

// formatSize writes n bytes in the largest unit that divides it.
func formatSize(n int64) string {
	for _, u := range sizeUnits {
		if len(u.suffix) == 2 && n >= u.mult && n%u.mult == 0 {
			return fmt.Sprintf("%d %s", n/u.mult, u.suffix)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}
