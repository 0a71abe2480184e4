package typo

import (
	"errors"
	"fmt"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// The data files are binary, written by internal/gen (writeBinary in
// internal/gen/binary.go describes the layout; internal/format defines the
// header, entry bits and hashes both sides use): little-endian uint32
// arrays and byte blobs read in place. Loading copies the arrays the hot
// path reads into slices (a few milliseconds) and makes no allocation per
// word: a word is a slice of one embedded string.

// hotWords is how many of the commonest words (they come first in
// common.bin) are in the hot table, with the capitalised form of each
// lower-case one (looked up as that word): one probe answers for most words
// of any text. The tables are in lookup.bin (hotbuild_test.go builds them).
const hotWords = 15000

// hotFirst is how many of the commonest words are in the small table
// probed first: they make three-quarters of the words of news copy, and
// the table (256 KB) can stay in the level-2 cache.
const hotFirst = 4096

// filterBits is log2 of the bits of groupFilter: 2^21 bits (256 KB) for
// the 157,000 common words leave nine bits in ten clear.
//
// The filter has, for every common word, the bit numbered by the top
// filterBits bits of its hashFold set (bit b is bit b%8 of byte b/8). A
// word whose bit is clear has no common spelling, which group then knows
// without probing the table: a probe compares w with each word in its run
// of full slots (two or three cache misses each), and most words looked up
// there are names. It is in lookup.bin (groupFilterOf in
// lookuptable_test.go makes it).
//
// This holds for an ASCII word w only: a word is found by sameFold, and for
// ASCII w a word that sameFold matches has w's hashFold unless it contains
// the long s "ſ" (which folds to "s" but is its own lower case); no common
// word does (TestGroupFilter).
const filterBits = 21

// reader walks the payload of a data file.
type reader struct {
	f   format.File
	s   string
	off int
	err error
}

// newReader checks data's header (format.Check) and walks its payload; a
// bad header is the reader's error.
func newReader(f format.File, data string) *reader {
	payload, err := format.Check(f, data)
	if err != nil {
		err = fmt.Errorf("typo: %w", err)
	}
	return &reader{f: f, s: payload, err: err}
}

// cut records that the payload ends before what its counts promise: need
// bytes at r.off.
func (r *reader) cut(need int) {
	if r.err == nil {
		r.err = fmt.Errorf("typo: %s: cut short: the table at byte %d of the payload needs %d bytes, %d are left",
			r.f.Path(), r.off, need, len(r.s)-r.off)
	}
}

// end records an error unless the payload was read to its last byte and
// last, the last entry of an offsets array, is want, the length of what
// it indexes: the sizes the file's counts give agree with its length.
func (r *reader) end(last uint32, want int) {
	if r.err != nil {
		return
	}
	if r.off != len(r.s) {
		r.err = fmt.Errorf("typo: %s: %d bytes left after the tables its counts describe", r.f.Path(), len(r.s)-r.off)
		return
	}
	if int(last) != want {
		r.err = fmt.Errorf("typo: %s: its offsets end at %d, not at %d, the end of what they index", r.f.Path(), last, want)
	}
}

func (r *reader) u32() uint32 {
	if r.off+4 > len(r.s) {
		r.cut(4)
		return 0
	}
	s := r.s[r.off:]
	r.off += 4
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func (r *reader) bytes(n int) string {
	if n < 0 || r.off+n > len(r.s) {
		r.cut(n)
		return ""
	}
	s := r.s[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) rest() string { s := r.s[r.off:]; r.off = len(r.s); return s }

// readLexicon reads the embedded data.
func readLexicon() (*lexicon, error) {
	l, err := readLexiconFrom(commonBin, pairsBin, rareBin, nearmissBin)
	if err != nil {
		return nil, err
	}
	if err := readLookup(l, lookupBin); err != nil {
		return nil, err
	}
	if l.sugg, err = readSuggest(l, suggestBin); err != nil {
		return nil, err
	}
	if l.maps, err = readMaps(mapsBin); err != nil {
		return nil, err
	}
	l.buildMoreAlts() // short slips and plural confusions the model weighs (shortslip.go)
	return l, nil
}

// readLexiconFrom reads the lexicon from the contents of its four source
// files, without the tables derived from them (lookup.bin, suggest.bin:
// see derived_test.go) and the hot tables: what the derived tables are
// made from.
func readLexiconFrom(commonBin, pairsBin, rareBin, nearmissBin string) (*lexicon, error) {
	l := &lexicon{}
	r := newReader(format.Common, commonBin)
	n := int(r.u32())
	bits := uint(r.u32())
	l.total, l.bounds = float64(r.u32()), float64(r.u32())
	l.n, l.tableBits = n, bits
	l.offsets = view(r, n+1)
	l.ents = view(r, n)
	l.table = view(r, 1<<bits)
	l.blob = r.rest()
	r.end(l.offsets.last(), len(l.blob))

	p := newReader(format.Pairs, pairsBin)
	if pn := int(p.u32()); p.err == nil && r.err == nil && pn != n {
		return nil, fmt.Errorf("typo: %s is for %d common words, %s has %d: regenerate both", format.Pairs.Path(), pn, format.Common.Path(), n)
	}
	m := int(p.u32())
	l.pairFrom, l.pairRight, l.pairCount = view(p, n+2), view(p, m), u16view(p.bytes(2*m))
	p.end(l.pairFrom.last(), m)

	q := newReader(format.Rare, rareBin)
	rn, blocks := int(q.u32()), int(q.u32())
	if q.err == nil && blocks != (rn+format.RareBlock-1)/format.RareBlock {
		return nil, fmt.Errorf("typo: %s: %d words in %d blocks, not in blocks of %d", format.Rare.Path(), rn, blocks, format.RareBlock)
	}
	l.rareBlockOff = view(q, blocks+1)
	l.rareE = q.bytes(rn)
	l.rareBlob = q.rest()
	q.end(l.rareBlockOff.last(), len(l.rareBlob))
	l.rareN = rn

	x := newReader(format.NearMiss, nearmissBin)
	k, na := int(x.u32()), int(x.u32())
	l.nmKeys, l.nmFrom, l.nmAlts = view(x, k), view(x, k+1), view(x, na)
	x.end(l.nmFrom.last(), na)
	if err := errors.Join(r.err, p.err, q.err, x.err); err != nil {
		return nil, err
	}
	return l, nil
}

// eachInBlock calls fn with each word of rare block b in order; w is reused.
func (l *lexicon) eachInBlock(b int, fn func(w []byte)) {
	var buf [256]byte
	pos, end := int(l.rareBlockOff.at(b)), int(l.rareBlockOff.at(b+1))
	n := int(l.rareBlob[pos])
	cur := append(buf[:0], l.rareBlob[pos+1:pos+1+n]...)
	pos += 1 + n
	fn(cur)
	for pos < end {
		p, n := int(l.rareBlob[pos]), int(l.rareBlob[pos+1])
		cur = append(cur[:p], l.rareBlob[pos+2:pos+2+n]...)
		pos += 2 + n
		fn(cur)
	}
}

// rareHead is the first word of rare block b.
func (l *lexicon) rareHead(b int) string {
	off := int(l.rareBlockOff.at(b))
	n := int(l.rareBlob[off])
	return l.rareBlob[off+1 : off+1+n]
}
