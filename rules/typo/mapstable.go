package typo

import (
	"fmt"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// wordMaps are the rule's word maps and sets, from maps.bin (derived from
// the committed data and written by mapsTable in derived_test.go) and read
// in place: no run builds them. Each is a strMap section, in this order.
type wordMaps struct {
	// nameSlips maps each swapped or doubled-letter spelling of a common
	// name (lower case) to the names it may be a slip for, in lower case,
	// sorted: one look-up per capitalised unknown word instead of one per
	// possible slip (names.go).
	nameSlips strMap
	// nameEdits files the best-known names (see nameEditMaxClass), as the
	// lexicon spells them, under their lower-case form and each spelling
	// of it with one letter deleted: a symmetric-delete index (nameEdit).
	nameEdits strMap
	// accented is the set of the lexicon's words with accents, in lower
	// case and written without them ("cafe" for "café"; isAccented).
	accented strMap
	// vocab is the set of data/vocab.txt's words (vocab.go).
	vocab strMap
	// toUS and toGB map a British spelling to its American one and back,
	// from data/variants.tsv (the first pair of a word is kept).
	toUS, toGB strMap
}

// readMaps reads maps.bin.
func readMaps(data string) (wordMaps, error) {
	r := newReader(format.Maps, data)
	var m wordMaps
	for _, s := range []*strMap{&m.nameSlips, &m.nameEdits, &m.accented, &m.vocab, &m.toUS, &m.toGB} {
		*s = readStrMap(r)
	}
	r.end(0, 0)
	if r.err != nil {
		return wordMaps{}, fmt.Errorf("%w (regenerate it: %s)", r.err, regenerateDerived)
	}
	return m, nil
}

// toUS is the American spelling of a British one, or "".
func (l *lexicon) toUS(gb string) string { return l.maps.toUS.first(gb) }

// toGB is the British spelling of an American one, or "".
func (l *lexicon) toGB(us string) string { return l.maps.toGB.first(us) }

// isAccented reports whether lw (plain letters) is a lexicon word with
// accents written without them ("cafe" for "café").
func (l *lexicon) isAccented(lw string) bool { return l.maps.accented.has(lw) }

// nameSlipsOf lists the common names (lower case) lw may be a swapped or
// doubled-letter slip of.
func (l *lexicon) nameSlipsOf(lw string) []string { return l.maps.nameSlips.list(lw) }
