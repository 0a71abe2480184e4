package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// The generator writes each table under the header the rule checks
// (format.Check), and its counts describe the whole payload: a lexicon of
// a few words written out and read back by the header's rules.
func TestWriteBinaryHeaders(t *testing.T) {
	dir := t.TempDir()
	lex := map[string]entry{
		"the": {class: 10, count: 50}, "then": {class: 20, count: 5}, "colour": {class: 35, flag: "b", count: 2},
		"color": {class: 35, flag: "u", count: 3}, "thew": {class: 80}, "zymurgy": {class: 95},
	}
	pairs := map[[2]string]int{{"the", "colour"}: 2, {".", "the"}: 3}
	near := map[string][]string{"thew": {"the"}}
	if err := writeBinary(dir, lex, pairs, near); err != nil {
		t.Fatal(err)
	}
	counts := map[format.File]int{format.Common: 4, format.Rare: 2, format.NearMiss: 1}
	for _, f := range []format.File{format.Common, format.Rare, format.Pairs, format.NearMiss} {
		b, err := os.ReadFile(filepath.Join(dir, f.Name))
		if err != nil {
			t.Fatal(err)
		}
		payload, err := format.Check(f, string(b))
		if err != nil {
			t.Fatal(err)
		}
		// each payload starts with its word count (pairs.bin: common.bin's)
		want, ok := counts[f]
		if !ok {
			want = counts[format.Common]
		}
		if n := binary.LittleEndian.Uint32([]byte(payload)); int(n) != want {
			t.Errorf("%s: first count %d, want %d", f.Name, n, want)
		}
	}
}
