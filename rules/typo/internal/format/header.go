// Package format is the one definition of the typo rule's data files
// (rules/typo/data/*.bin): what the generator (internal/gen) writes and the
// rule (rules/typo) reads in place. The file names, the header every file
// starts with, the entry bits and size classes of the lexicon, the hashes
// and slot functions of the hash tables, and the n-gram keys of the
// language model are defined here once; neither side keeps a copy.
//
// The layout of each file's payload (which arrays in which order) is
// described where it is written, internal/gen/binary.go and lmwrite.go, and
// read in rules/typo/load.go and lm.go. Change a layout, a constant or a
// hash here and bump Version: the rule then refuses the committed files
// until they are regenerated (go generate ./rules/typo).
package format

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
)

// Every data file starts with a 16-byte header, little-endian:
//
//	magic   [4]byte  "CDTY" (copydesk typo data)
//	kind    [4]byte  which table the file holds: "COMM", "RARE", "PAIR", "NEAR", "LM3G", "LOOK", "SUGG", "MAPS", "LMXT", "CHAN"
//	version uint32   Version of the format the file was written in
//	length  uint32   bytes of payload after the header
//
// The header lets the rule name the file and what it expected when a file
// is stale, swapped or cut short, instead of misreading it.
const (
	Magic      = "CDTY"
	HeaderSize = 16
	// Version is the format version of all the data files: they are
	// written together and refer to one another (pairs.bin and
	// nearmiss.bin index common.bin's words). Version 1 is the first with
	// a header; 2 adds each word's reach to lm.bin and drops the term bound
	// from lmextra.bin.
	Version = 2
)

// Dir is where the data files are committed, from the module root: error
// messages name a file by it, so that a developer finds it.
const Dir = "rules/typo/data"

// File is one data file: its name in Dir and the kind its header carries.
type File struct {
	Name string
	Kind string // four bytes
}

// The data files.
var (
	Common   = File{"common.bin", "COMM"}   // the common words and their hash table
	Rare     = File{"rare.bin", "RARE"}     // the rare words, front-coded in blocks
	Pairs    = File{"pairs.bin", "PAIR"}    // counts of adjacent common words
	NearMiss = File{"nearmiss.bin", "NEAR"} // each word's far commoner neighbours one edit away
	LM       = File{"lm.bin", "LM3G"}       // the pruned 3-gram language model
	// Lookup, Suggest, Maps and LMExtra are derived from the files above, not from the
	// sources: tables the rule would otherwise build at every start
	// (rules/typo/derived_test.go writes them).
	Lookup  = File{"lookup.bin", "LOOK"}  // the final entries, the group filter, the rare-block directory
	Suggest = File{"suggest.bin", "SUGG"} // the suggestion index
	Maps    = File{"maps.bin", "MAPS"}    // word maps and sets: name slips, name edits, accented words, vocab.txt, variants.tsv
	LMExtra = File{"lmextra.bin", "LMXT"} // the language model's trigram filter and hot words
	// Channel is learnt from its own source, codespell's misspellings
	// (internal/gen/channel.go), not from the files above.
	Channel = File{"channel.bin", "CHAN"} // the suggestions' error model (internal/channel)
)

// Files lists every data file.
var Files = []File{Common, Rare, Pairs, NearMiss, LM, Lookup, Suggest, Maps, LMExtra, Channel}

// Path is f's path from the module root, for messages.
func (f File) Path() string { return Dir + "/" + f.Name }

// Header is the header of f holding a payload of n bytes.
func Header(f File, n int) []byte {
	h := make([]byte, HeaderSize)
	copy(h, Magic)
	copy(h[4:], f.Kind)
	binary.LittleEndian.PutUint32(h[8:], Version)
	binary.LittleEndian.PutUint32(h[12:], uint32(n))
	return h
}

// Write writes f into dir: the header, then the parts end to end.
func Write(dir string, f File, parts ...[]byte) error {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if uint64(n) > 1<<32-1 {
		return fmt.Errorf("%s: payload of %d bytes does not fit the header's length", f.Name, n)
	}
	all := append(make([]byte, 0, HeaderSize+n), Header(f, n)...)
	for _, p := range parts {
		all = append(all, p...)
	}
	return os.WriteFile(filepath.Join(dir, f.Name), all, 0o644)
}

// Check checks that data is a file of kind f in this Version with its
// whole payload, and returns the payload. The error names f and what was
// expected.
func Check(f File, data string) (string, error) {
	if len(data) < HeaderSize {
		return "", fmt.Errorf("%s: %d bytes, shorter than the %d-byte header: not typo data, or cut short", f.Path(), len(data), HeaderSize)
	}
	if magic := data[:4]; magic != Magic {
		return "", fmt.Errorf("%s: starts %q, want the magic %q: not typo data (written before the format had a header?); regenerate it with go generate ./rules/typo", f.Path(), magic, Magic)
	}
	if kind := data[4:8]; kind != f.Kind {
		return "", fmt.Errorf("%s: holds a %q table, want %q: files swapped or misnamed", f.Path(), kind, f.Kind)
	}
	if v := binary.LittleEndian.Uint32([]byte(data[8:12])); v != Version {
		return "", fmt.Errorf("%s: format version %d, this build reads version %d; regenerate the data with go generate ./rules/typo", f.Path(), v, Version)
	}
	n := uint64(binary.LittleEndian.Uint32([]byte(data[12:16])))
	if got := uint64(len(data) - HeaderSize); got != n {
		return "", fmt.Errorf("%s: %d bytes of payload, the header says %d: cut short or padded", f.Path(), got, n)
	}
	return data[HeaderSize:], nil
}
