package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/copydesk/copydesk/rules/typo/internal/channel"
	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// writeChannel learns the suggestions' error model (package channel) from
// codespell's dictionary.txt (Debian package codespell, file
// /usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt) and
// writes it to channel.bin. Birkbeck's and Wikipedia's lists, on which the
// rule is measured, are not read: the model must not have seen them (though
// codespell's list was grown from Wikipedia's, see data/README.md).
func writeChannel(out string, dictPaths ...string) error {
	var pairs [][2]string
	for _, p := range dictPaths {
		ps, err := readCodespell(p)
		if err != nil {
			return err
		}
		pairs = append(pairs, ps...)
	}
	return format.Write(out, format.Channel, channel.Learn(pairs).Encode())
}

// readCodespell reads "wrong->right" lines. A line with several
// corrections ("fiel->feel, field, file,") is left out: which was meant is
// unknown. "wrong->right, reason" keeps right.
func readCodespell(path string) ([][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: codespell dictionary: %w", err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		wrong, rest, ok := strings.Cut(sc.Text(), "->")
		if !ok || strings.HasSuffix(strings.TrimSpace(rest), ",") {
			continue
		}
		right, _, _ := strings.Cut(rest, ",")
		out = append(out, [2]string{strings.ToLower(strings.TrimSpace(wrong)), strings.ToLower(strings.TrimSpace(right))})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("gen: %s: no misspelling->correction lines", path)
	}
	return out, nil
}
