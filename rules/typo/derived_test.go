package typo

import (
	"cmp"
	"encoding/binary"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// This file is the generator step of the derived data files, lookup.bin,
// suggest.bin, maps.bin and lmextra.bin: they are made from the committed source files
// (common.bin, rare.bin, lm.bin, vocab.txt, variants.tsv) and the rule's own
// word sets and limits alone, so they
// are built here, through the rule's own reader, rather than by
// internal/gen from the sources (which needs Debian packages). gen.sh runs
// this step after internal/gen; by hand (see regenerateDerived):
//
//	go test ./rules/typo -run TestDerivedTables -update-tables

var updateTables = flag.Bool("update-tables", false, "rewrite the derived data files (lookup.bin, suggest.bin, maps.bin, lmextra.bin) from the committed source files")

// TestDerivedTables fails when a derived file is not what the committed
// source files and the rule's word sets and limits (confusions,
// apostropheLost, the short-slip, language-model and name limits) give: stale after a regeneration
// or a change of those sets. With -update-tables it rewrites them.
func TestDerivedTables(t *testing.T) {
	l, err := readLexiconFrom(commonBin, pairsBin, rareBin, nearmissBin)
	if err != nil {
		t.Fatal(err)
	}
	m, err := readLM(lmBin)
	if err != nil {
		t.Fatal(err)
	}
	look := lookupTable(l, m)
	// the suggestion index reads entries' classes and counts only, but
	// through the lexicon's full look-up: read the new lookup.bin first
	if err := readLookup(l, string(look)); err != nil {
		t.Fatal(err)
	}
	maps, err := mapsTable(l)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []struct {
		f        format.File
		embedded string
		made     []byte
	}{
		{format.Lookup, lookupBin, look},
		{format.Suggest, suggestBin, writeSuggestTable(l)},
		{format.Maps, mapsBin, maps},
		{format.LMExtra, lmextraBin, lmExtraTable(m)},
	} {
		if *updateTables {
			if err := os.WriteFile(filepath.Join("data", d.f.Name), d.made, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if string(d.made) != d.embedded {
			t.Errorf("%s is not what the committed data and the rule's word sets give: run %s", d.f.Path(), regenerateDerived)
		}
	}
}

// lookupTable makes lookup.bin (layout in lookuptable.go) for the base
// lexicon l (readLexiconFrom) and the language model m.
func lookupTable(l *lexicon, m *langModel) []byte {
	blocks := l.rareBlockOff.len() - 1
	var rareStart, headKey []byte
	b := 0
	for k := range 1 << 16 {
		for b < blocks && prefix2(l.rareHead(b)) < k {
			b++
		}
		rareStart = binary.LittleEndian.AppendUint32(rareStart, uint32(b))
	}
	for b := range blocks {
		headKey = binary.LittleEndian.AppendUint64(headKey, key8(l.rareHead(b)))
	}
	// rareIndex needs the block directory to find the words to mark
	l.rareStart, l.rareHeadKey = u32view(rareStart), u64view(headKey)

	ents := make([]uint32, l.n)
	for i := range ents {
		ents[i] = l.ents.at(i)
	}
	rareE := []byte(l.rareE)
	mark := func(w string) {
		if i, ok := l.exact(w); ok {
			ents[i] |= format.AltsBit
		} else if j, ok := l.rareIndex(w); ok {
			rareE[j] |= format.AltsBit
		}
	}
	for w := range confusions {
		mark(w)
	}
	// the words the language model can weigh against another (see
	// lmRealWord), so that the look-up's fast path sends them there
	for w := range apostropheLost {
		mark(w)
	}
	for i := range int32(m.n) {
		if m.altFrom.at(int(i)) != m.altFrom.at(int(i)+1) {
			if w := m.word(i); len(w) >= lmMinLength {
				mark(w)
			}
		}
	}
	// and the short rare words it weighs against common ones (shortslip.go)
	l.buildMoreAlts()
	for typed := range l.shortSlips {
		mark(typed)
	}
	for w := range l.moreAlts {
		mark(w)
	}

	var out []byte
	for _, v := range []int{l.n, l.rareN, blocks} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	for _, v := range ents {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	out = append(out, rareStart...)
	out = append(out, headKey...)
	out = append(out, groupFilterOf(l)...)
	out = append(out, rareE...)
	// the hot tables hold the final entries
	var final []byte
	for _, v := range ents {
		final = binary.LittleEndian.AppendUint32(final, v)
	}
	l.ents = u32view(final)
	out = append(out, hotTables(l)...)
	return append(format.Header(format.Lookup, len(out)), out...)
}

// lmExtraTable makes lmextra.bin (layout at readLMExtra) from the model m:
// the filter of the trigram fingerprints and the hot word table.
func lmExtraTable(m *langModel) []byte {
	var out []byte
	seen := make([]byte, 1<<triSeenBits/8)
	for i := range int(m.triSize) {
		if v := m.tri.at(i); v != 0 {
			i, bits := triSeenAt(v >> triFPShift)
			seen[i] |= bits
		}
	}
	out = append(out, seen...)
	out = append(out, lmHotTable(m)...)
	return append(format.Header(format.LMExtra, len(out)), out...)
}

// lmHotTable is the table of lmhot.go: the lmHotWords words of one to
// eight bytes with the highest unigram probability (ties by id), each at
// its key's slot or the next free one.
func lmHotTable(m *langModel) []byte {
	var ids []int32
	for i := range int32(m.n) {
		if w := m.word(i); len(w) >= 1 && len(w) <= 8 {
			ids = append(ids, i)
		}
	}
	slices.SortStableFunc(ids, func(a, b int32) int { return cmp.Compare(m.uniP(b), m.uniP(a)) })
	table := make([]byte, 16<<lmHotBits)
	for _, id := range ids[:min(len(ids), lmHotWords)] {
		key := lmHotKey(m.word(id))
		s := lmHotSlot(key)
		for binary.LittleEndian.Uint64(table[16*s:]) != 0 {
			s = (s + 1) & (1<<lmHotBits - 1)
		}
		binary.LittleEndian.PutUint64(table[16*s:], key)
		binary.LittleEndian.PutUint32(table[16*s+8:], uint32(id))
	}
	return table
}

// groupFilterOf is the group filter of l's common words (see filterBits).
func groupFilterOf(l *lexicon) []byte {
	f := make([]byte, 1<<filterBits/8)
	for i := range l.n {
		b := hashFold(l.word(i)) >> (64 - filterBits)
		f[b/8] |= 1 << (b % 8)
	}
	return f
}
