package typo

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// embedded is what the rule embeds of each data file.
var embedded = map[format.File]string{
	format.Common: commonBin, format.Rare: rareBin, format.Pairs: pairsBin,
	format.NearMiss: nearmissBin, format.LM: lmBin, format.Lookup: lookupBin, format.Suggest: suggestBin, format.Maps: mapsBin, format.LMExtra: lmextraBin,
	format.Channel: channelBin,
}

// TestDataFormat fails when the committed data no longer matches the
// format its generator writes (internal/format): every .bin file under
// data/ is one format.Files names, has the header of the current Version,
// is what the rule embeds, and its readers find the sizes its counts give
// agree with its length (load.go's and lm.go's end checks).
func TestDataFormat(t *testing.T) {
	paths, err := filepath.Glob("data/*.bin")
	if err != nil {
		t.Fatal(err)
	}
	var names, want []string
	for _, p := range paths {
		names = append(names, filepath.Base(p))
	}
	for _, f := range format.Files {
		want = append(want, f.Name)
	}
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Fatalf("data/*.bin is %q, format.Files names %q", names, want)
	}
	for _, f := range format.Files {
		b, err := os.ReadFile(filepath.Join("data", f.Name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := format.Check(f, string(b)); err != nil {
			t.Error(err)
		}
		if string(b) != embedded[f] {
			t.Errorf("%s: not what the rule embeds", f.Path())
		}
	}
	if _, err := readLexicon(); err != nil {
		t.Error(err)
	}
	if _, err := readLM(lmBin); err != nil {
		t.Error(err)
	}
	if _, err := loadChannel(); err != nil {
		t.Error(err)
	}
}

// reheader is payload under a header for f, as the generator writes it.
func reheader(f format.File, payload string) string {
	return string(format.Header(f, len(payload))) + payload
}

// A data file that does not match is refused at load with an error naming
// it and what was expected, not misread.
func TestDataRefused(t *testing.T) {
	payload := func(f format.File) string { return embedded[f][format.HeaderSize:] }
	oldVersion := []byte(commonBin)
	binary.LittleEndian.PutUint32(oldVersion[8:], format.Version+1)
	lex := []struct {
		name                    string
		common, pairs, rare, nm string
		want                    string
	}{
		{"no header", payload(format.Common), pairsBin, rareBin, nearmissBin, "rules/typo/data/common.bin: starts"},
		{"version", string(oldVersion), pairsBin, rareBin, nearmissBin, fmt.Sprintf("common.bin: format version %d, this build reads version %d", format.Version+1, format.Version)},
		{"swapped", commonBin, rareBin, rareBin, nearmissBin, `pairs.bin: holds a "RARE" table, want "PAIR"`},
		{"trailing bytes", commonBin, pairsBin, rareBin, reheader(format.NearMiss, payload(format.NearMiss)+"\x00\x00\x00\x00"), "nearmiss.bin: 4 bytes left"},
		{"blob cut", commonBin, pairsBin, reheader(format.Rare, payload(format.Rare)[:len(payload(format.Rare))-1]), nearmissBin, "rare.bin: its offsets end at"},
	}
	for _, c := range lex {
		_, err := readLexiconFrom(c.common, c.pairs, c.rare, c.nm)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error containing %q", c.name, err, c.want)
		}
	}
	p := payload(format.LM)
	for _, c := range []struct{ name, data, want string }{
		{"lm cut short", lmBin[:len(lmBin)-1], fmt.Sprintf("lm.bin: %d bytes of payload, the header says %d", len(p)-1, len(p))},
		{"lm blob cut", reheader(format.LM, p[:len(p)-1]), "lm.bin: its offsets end at"},
		{"lm table cut", reheader(format.LM, p[:1000]), "lm.bin: cut short: the table at byte 20"},
	} {
		if _, err := readLM(c.data); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error containing %q", c.name, err, c.want)
		}
	}
}

// A derived file that does not match the lexicon or is cut short is
// refused naming it, with the command that regenerates it.
func TestDerivedRefused(t *testing.T) {
	l, err := readLexiconFrom(commonBin, pairsBin, rareBin, nearmissBin)
	if err != nil {
		t.Fatal(err)
	}
	payload := func(f format.File) string { return embedded[f][format.HeaderSize:] }
	otherN := []byte(payload(format.Suggest))
	binary.LittleEndian.PutUint32(otherN, uint32(l.n+1))
	for _, c := range []struct {
		name string
		read func() error
		want string
	}{
		{"suggest for another lexicon", func() error { _, err := readSuggest(l, reheader(format.Suggest, string(otherN))); return err },
			"suggest.bin is for " + fmt.Sprint(l.n+1) + " common words"},
		{"suggest cut", func() error {
			_, err := readSuggest(l, reheader(format.Suggest, payload(format.Suggest)[:1000]))
			return err
		}, "suggest.bin: cut short"},
		{"lookup swapped", func() error { return readLookup(l, suggestBin) }, `lookup.bin: holds a "SUGG" table, want "LOOK"`},
		{"maps padded", func() error { _, err := readMaps(reheader(format.Maps, payload(format.Maps)+"\x00")); return err },
			"maps.bin: 1 bytes left"},
		{"lmextra cut", func() error {
			return readLMExtra(&langModel{}, reheader(format.LMExtra, payload(format.LMExtra)[:100]))
		},
			"lmextra.bin: cut short"},
	} {
		if err := c.read(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error containing %q", c.name, err, c.want)
		}
	}
}
