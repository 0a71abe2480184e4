package format

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteCheck(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Rare, []byte("abc"), []byte("de")); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, Rare.Name))
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != HeaderSize+5 || string(b[:8]) != "CDTYRARE" {
		t.Fatalf("file %q", b)
	}
	payload, err := Check(Rare, string(b))
	if err != nil || payload != "abcde" {
		t.Fatalf("Check = %q, %v; want the payload abcde", payload, err)
	}
}

// Every way a file can be wrong is refused, naming the file and what was
// expected.
func TestCheckRefuses(t *testing.T) {
	good := string(Header(Common, 4)) + "wxyz"
	version := string(Header(Common, 4))
	version = version[:8] + "\x09\x00\x00\x00" + version[12:] + "wxyz"
	cases := []struct{ name, data, want string }{
		{"empty", "", "shorter than the 16-byte header"},
		{"no header", "\x10\x00\x00\x00" + good[4:], `want the magic "CDTY"`},
		{"other kind", string(Header(Pairs, 4)) + "wxyz", `holds a "PAIR" table, want "COMM"`},
		{"other version", version, fmt.Sprintf("format version 9, this build reads version %d", Version)},
		{"cut short", good[:len(good)-1], "3 bytes of payload, the header says 4"},
		{"padded", good + "!", "5 bytes of payload, the header says 4"},
	}
	for _, c := range cases {
		_, err := Check(Common, c.data)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "rules/typo/data/common.bin: ") || !strings.Contains(msg, c.want) {
			t.Errorf("%s: %q, want the file named and %q", c.name, msg, c.want)
		}
	}
}

func TestIndexes(t *testing.T) {
	for i, c := range Classes {
		if got, ok := ClassIndex(int(c)); !ok || got != uint32(i) {
			t.Errorf("ClassIndex(%d) = %d, %v; want %d", c, got, ok, i)
		}
	}
	if _, ok := ClassIndex(45); ok {
		t.Error("ClassIndex(45) found a class SCOWL lacks")
	}
	for i, f := range []string{"", "u", "b", "z"} {
		if got, ok := FlagIndex(f); !ok || got != uint32(i) || (i > 0 && Flags[got] != f[0]) {
			t.Errorf("FlagIndex(%q) = %d, %v; want %d", f, got, ok, i)
		}
	}
	if _, ok := FlagIndex("x"); ok {
		t.Error(`FlagIndex("x") found a flag`)
	}
	if len(Classes) > ClassMask+1 || len(Flags) > FlagMask>>FlagShift+1 {
		t.Error("the class or flag table outgrows its bits")
	}
}
