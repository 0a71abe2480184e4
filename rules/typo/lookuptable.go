package typo

import (
	"fmt"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// lookup.bin holds the look-up tables derived from the source files
// (common.bin, rare.bin, lm.bin) and the rule's own word sets, so that no
// run builds them (lookupTable in derived_test.go writes it):
//
//	n, rareN, blocks uint32          common words, rare words, rare blocks
//	ents        [n]uint32            common.bin's entries with AltsBit set on every word
//	                                 the real-word checks have alternatives for (confusions,
//	                                 the language model's edit neighbours, apostropheLost,
//	                                 short slips)
//	rareStart   [1<<16]uint32        first rare block whose head has each two-byte prefix (prefix2)
//	rareHeadKey [blocks]uint64       key8 of each rare block's head
//	groupFilter [1<<filterBits/8]byte see filterBits
//	rareE       [rareN]byte          rare.bin's entries with AltsBit set likewise
//	hot, hot1   hot tables           each its log2 of slots uint32, then its slots (hottable.go)

// readLookup points l's entries and look-up tables at lookup.bin, read in
// place.
func readLookup(l *lexicon, data string) error {
	r := newReader(format.Lookup, data)
	n, rareN, blocks := int(r.u32()), int(r.u32()), int(r.u32())
	if r.err == nil && (n != l.n || rareN != l.rareN || blocks != l.rareBlockOff.len()-1) {
		return fmt.Errorf("typo: %s is for %d common and %d rare words in %d blocks, the lexicon has %d, %d in %d: regenerate it (%s)",
			format.Lookup.Path(), n, rareN, blocks, l.n, l.rareN, l.rareBlockOff.len()-1, regenerateDerived)
	}
	ents := view(r, n)
	rareStart := view(r, 1<<16)
	rareHeadKey := u64view(r.bytes(8 * blocks))
	filter := r.bytes(1 << filterBits / 8)
	rareE := r.bytes(rareN)
	hot, hot1 := readHotTable(r), readHotTable(r)
	r.end(0, 0)
	if r.err != nil {
		return r.err
	}
	l.ents, l.rareStart, l.rareHeadKey, l.groupFilter, l.rareE = ents, rareStart, rareHeadKey, filter, rareE
	l.hot, l.hot1 = hot, hot1
	return nil
}

// readHotTable reads a hot table: its log2 of slots, then the slots.
func readHotTable(r *reader) hotTable {
	bits := uint(r.u32())
	if bits > 30 {
		r.cut(1 << 30) // a corrupt count: say so rather than read on
		return hotTable{}
	}
	return hotTable{slots: r.bytes(16 << bits), shift: 64 - bits}
}

// regenerateDerived is the command that rewrites the derived data files
// (lookup.bin, suggest.bin, maps.bin, lmextra.bin) from the committed
// source files.
const regenerateDerived = "go test ./rules/typo -run TestDerivedTables -update-tables"
