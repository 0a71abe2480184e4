package typo

import (
	_ "embed" // the language model
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// lmBin is the pruned 3-gram model of Debian's pocketsphinx-en-us (layout
// in internal/gen/lmwrite.go, constants in internal/format), read in place: loading copies nothing but
// the 768 quantisation centres, each array is a view of the embedded
// string (u32view).
//
//go:embed data/lm.bin
var lmBin string

//go:embed data/lmextra.bin
var lmextraBin string

// langModel answers log10 P(c | a b) with back-off. Word ids are int32,
// -1 for a word the model lacks; the sentence marks' ids are start and end.
type langModel struct {
	n                int
	wordBits         uint
	bigSize, triSize uint64
	offsets          u32view
	// uni holds two uint32s a word: at 2i the int16 thousandths of log10
	// P(i) (low half) and its back-off (high half); at 2i+1 its reach,
	// which bounds its terms before any probe (lmScore.reach): the most
	// any kept trigram (low) and kept bigram (high) ending in it give it,
	// rounded up, math.MinInt16 where none is kept
	uni             u32view
	words, big, tri u32view
	cBigP, cBigB    [format.Levels]float32
	cTriP           [format.Levels]float32
	altFrom, alts   u32view
	blob            string
	// bigSeen has two bits set for each kept bigram (format.BigramFilter):
	// two probes in three ask for a bigram the model lacks, in a 4 MB
	// table, and this 512 KB filter answers most of them
	bigSeen u32view
	// boUp is the most a bigram's back-off can add to a backed-off term:
	// the largest back-off centre, or 0
	boUp float64
	// triSeen has two bits set for each trigram fingerprint the table
	// holds (triSeenAt): in lmextra.bin, made from the table by the
	// generator step
	triSeen    string
	start, end int32  // <s>, </s>
	hot        string // the commonest short words' ids (lmhot.go), in lmextra.bin
}

var (
	lmOnce  sync.Once
	lmModel *langModel
	lmErr   error
)

// loadLM returns the shared model, read once.
func loadLM() (*langModel, error) {
	lmOnce.Do(func() {
		lmModel, lmErr = readLM(lmBin)
		if lmErr == nil {
			lmErr = readLMExtra(lmModel, lmextraBin)
		}
	})
	return lmModel, lmErr
}

func readLM(data string) (*langModel, error) {
	r := newReader(format.LM, data)
	m := &langModel{}
	m.n = int(r.u32())
	m.wordBits = uint(r.u32())
	m.bigSize, m.triSize = uint64(r.u32()), uint64(r.u32())
	nAlts := int(r.u32())
	m.offsets = view(r, m.n+1)
	m.uni = view(r, 2*m.n)
	m.words = view(r, 1<<m.wordBits)
	m.big = view(r, int(m.bigSize))
	m.tri = view(r, int(m.triSize))
	for _, c := range []*[format.Levels]float32{&m.cBigP, &m.cBigB, &m.cTriP} {
		for i := range c {
			c[i] = math.Float32frombits(r.u32())
		}
	}
	m.altFrom = view(r, m.n+1)
	m.alts = view(r, nAlts)
	m.bigSeen = view(r, 1<<format.BigramFilterLog2)
	m.blob = r.rest()
	r.end(m.offsets.last(), len(m.blob))
	if r.err == nil && int(m.altFrom.last()) != nAlts {
		r.err = fmt.Errorf("typo: %s: the alternatives end at %d of %d", format.LM.Path(), m.altFrom.last(), nAlts)
	}
	if r.err != nil {
		return nil, r.err
	}
	m.boUp = max(0, float64(slices.Max(m.cBigB[:])))
	m.start, m.end = m.id("<s>"), m.id("</s>")
	if m.start < 0 || m.end < 0 {
		return nil, fmt.Errorf("typo: %s lacks the sentence marks", format.LM.Path())
	}
	return m, nil
}

func (m *langModel) word(i int32) string {
	return m.blob[m.offsets.at(int(i)):m.offsets.at(int(i)+1)]
}

// id is the model's id of a lower-case word, or -1.
func (m *langModel) id(w string) int32 {
	mask := uint64(1)<<m.wordBits - 1
	for s := format.Slot(format.HashLower(w), m.wordBits); ; s = (s + 1) & mask {
		v := m.words.at(int(s))
		if v == 0 {
			return -1
		}
		if m.word(int32(v-1)) == w {
			return int32(v - 1)
		}
	}
}

// altsOf lists the ids of the listed words one edit from word id.
func (m *langModel) altsOf(id int32) u32view {
	return m.alts[4*m.altFrom.at(int(id)) : 4*m.altFrom.at(int(id)+1)]
}

func (m *langModel) uniP(a int32) float64 {
	return float64(int16(m.uni.at(2*int(a)))) / format.LogScale
}

func (m *langModel) uniB(a int32) float64 {
	return float64(int16(m.uni.at(2*int(a))>>16)) / format.LogScale
}

// triReach and bigReach are the most a kept trigram, bigram ending in a
// gives it (see uni), or about -32.8 where none is kept.
func (m *langModel) triReach(a int32) float64 {
	return float64(int16(m.uni.at(2*int(a)+1))) / format.LogScale
}

func (m *langModel) bigReach(a int32) float64 {
	return float64(int16(m.uni.at(2*int(a)+1)>>16)) / format.LogScale
}

// find probes a fingerprint table for h; the slot's value, or 0.
func find(table u32view, size uint64, h uint64, fpBits, shift uint) uint32 {
	fp := format.Fingerprint(h, fpBits)
	for s := format.NgramSlot(h, size); ; {
		v := table.at(int(s))
		if v == 0 {
			return 0
		}
		if v>>shift == fp {
			return v
		}
		if s++; s == size {
			s = 0
		}
	}
}

// Most trigram probes (98% on BBC copy) ask for a trigram the pruned model
// lacks, and each reads a few slots of a 1.3 MB table: a cache miss. A
// 256 KB filter of the fingerprints the table holds answers most of them
// first: a trigram whose fingerprint's two bits are not both set is not in
// the table. Both bits are in one byte, one read. (With one bit a
// fingerprint it let 9% of the absent trigrams of a BBC pass through to
// the table, 146,000 probes; with two, 6%, 96,000.)
const (
	triFPBits   = format.TrigramFPBits  // a trigram slot's fingerprint bits
	triFPShift  = format.TrigramFPShift // where the fingerprint sits in the slot
	triSeenBits = 21                    // the filter's size: 2^21 bits
)

// triSeenAt is where the trigram fingerprint fp sets its bits in triSeen:
// the byte its low 18 bits number, and two bits of that byte its top six
// bits choose (the same bit when the two halves agree).
func triSeenAt(fp uint32) (int, byte) {
	return int(fp & (1<<(triSeenBits-3) - 1)), 1<<(fp>>18&7) | 1<<(fp>>21&7)
}

// readLMExtra reads lmextra.bin, derived from lm.bin (see lmExtraTable in
// derived_test.go), in place: triSeen [1<<triSeenBits/8]byte, then the hot
// word table (lmhot.go) [1<<lmHotBits][16]byte.
func readLMExtra(m *langModel, data string) error {
	r := newReader(format.LMExtra, data)
	seen := r.bytes(1 << triSeenBits / 8)
	hot := r.bytes(16 << lmHotBits)
	r.end(0, 0)
	if r.err != nil {
		return fmt.Errorf("%w (regenerate it: %s)", r.err, regenerateDerived)
	}
	m.triSeen, m.hot = seen, hot
	return nil
}

// trigram probes the trigram table for the key hashed h: the slot's value,
// or 0.
func (m *langModel) trigram(h uint64) uint32 {
	fp := format.Fingerprint(h, triFPBits) // as find compares it
	if i, bits := triSeenAt(fp); m.triSeen[i]&bits != bits {
		return 0
	}
	return find(m.tri, m.triSize, h, triFPBits, triFPShift)
}

// bigram is "a b": its log10 probability and back-off, and whether the
// pruned model has it.
func (m *langModel) bigram(a, b int32) (p, bo float64, ok bool) {
	h := format.NgramHash(format.NgramKey2(uint64(a), uint64(b)))
	if i, bits := format.BigramFilter(h); m.bigSeen.at(i)&bits != bits {
		return 0, 0, false
	}
	v := find(m.big, m.bigSize, h, format.BigramFPBits, format.BigramFPShift)
	if v == 0 {
		return 0, 0, false
	}
	return float64(m.cBigP[v>>8&0xff]), float64(m.cBigB[v&0xff]), true
}

// prob2 is log10 P(b | a), backed off to the unigram.
func (m *langModel) prob2(a, b int32) float64 {
	if p, _, ok := m.bigram(a, b); ok {
		return p
	}
	return m.uniB(a) + m.uniP(b)
}
