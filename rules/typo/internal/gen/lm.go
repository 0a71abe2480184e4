package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"
)

// trieLM is a 3-gram model read from a CMU Sphinx "Trie Language Model"
// binary (sphinxbase's ngram_model_trie, written by sphinx_lm_convert):
// Debian's pocketsphinx-en-us ships one as en-us.lm.bin. All
// probabilities here are log10.
//
// The file, little-endian:
//
//	"Trie Language Model" (19 bytes), order (1 byte), counts[order] (uint32)
//	quantiser: a dummy int32, then for the bigrams 65,536 probability and
//	    65,536 back-off centres, for the trigrams 65,536 probability centres
//	    (float32, in the units of a log base 1.0001)
//	unigrams[counts[0]+1]: prob, backoff (float32), next (uint32: the first
//	    bigram whose last word this is; the extra entry ends the last range)
//	bigrams: counts[1]+1 bit-packed entries of wordBits (the word before),
//	    16 bits back-off index, 16 bits probability index, nextBits (first
//	    trigram), at bit i*(wordBits+32+nextBits); then 8 bytes of padding
//	trigrams: counts[2]+1 entries of wordBits (the word two before) and 16
//	    bits probability index; 8 bytes of padding
//	words: int32 byte length, then the words, each ended by a NUL, sorted
//
// The trie is reversed: a unigram holds the bigrams ending in it, a bigram
// "a b" the trigrams "x a b". A bit field at bit offset o is read as the
// little-endian uint32 at byte o/8 shifted right by o%8.
type trieLM struct {
	words      []string
	uniP, uniB []float32
	uniNext    []uint32
	// bigram k: "bgWord[k] w" for the unigram w whose range holds k
	bgWord   []uint32
	bgP, bgB []float32
	bgNext   []uint32 // len n2+1
	tgWord   []uint32
	tgP      []float32
}

// log10 of sphinx's log base (1.0001): its units are 1/23027 of a log10.
var sphinxLog10 = math.Log10(1.0001)

const trieMagic = "Trie Language Model"

func readTrieLM(path string) (*trieLM, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fail := func(what string) error { return fmt.Errorf("%s: not a sphinx trie language model: %s", path, what) }
	if len(b) < 40 || string(b[:len(trieMagic)]) != trieMagic {
		return nil, fail("no header")
	}
	o := len(trieMagic)
	if b[o] != 3 {
		return nil, fail(fmt.Sprintf("order %d, want 3", b[o]))
	}
	o++
	u32 := func() uint32 { v := binary.LittleEndian.Uint32(b[o:]); o += 4; return v }
	n1, n2, n3 := u32(), u32(), u32()
	o += 4 // dummy
	const bins = 1 << 16
	if len(b) < o+3*4*bins+int(n1+1)*12 {
		return nil, fail("truncated")
	}
	f32s := func(n int) []float32 {
		out := make([]float32, n)
		for i := range out {
			out[i] = float32(float64(math.Float32frombits(u32())) * sphinxLog10)
		}
		return out
	}
	bgProbQ, bgBoQ, tgProbQ := f32s(bins), f32s(bins), f32s(bins)
	m := &trieLM{uniP: make([]float32, n1+1), uniB: make([]float32, n1+1), uniNext: make([]uint32, n1+1)}
	for i := range n1 + 1 {
		m.uniP[i] = float32(float64(math.Float32frombits(u32())) * sphinxLog10)
		m.uniB[i] = float32(float64(math.Float32frombits(u32())) * sphinxLog10)
		m.uniNext[i] = u32()
	}
	wordBits, nextBits := requiredBits(n1), requiredBits(n3)
	midBits := wordBits + 32 + nextBits
	midSize := (int(n2+1)*int(midBits)+7)/8 + 8
	lngBits := wordBits + 16
	lngSize := (int(n3+1)*int(lngBits)+7)/8 + 8
	if len(b) < o+midSize+lngSize+4 {
		return nil, fail("truncated n-grams")
	}
	mid, lng := b[o:o+midSize], b[o+midSize:o+midSize+lngSize]
	o += midSize + lngSize
	read := func(mem []byte, bit uint64, n uint) uint32 {
		return binary.LittleEndian.Uint32(mem[bit>>3:]) >> (bit & 7) & (1<<n - 1)
	}
	// The header's counts are those the writer allocated for; the
	// unigrams' last range end is the number of bigrams written (6 fewer
	// in en-us.lm.bin), and the last bigram's the number of trigrams.
	if m.uniNext[n1] > n2 {
		return nil, fail("more bigrams than allocated")
	}
	n2 = m.uniNext[n1]
	m.bgWord, m.bgP, m.bgB, m.bgNext = make([]uint32, n2), make([]float32, n2), make([]float32, n2), make([]uint32, n2+1)
	for k := range uint64(n2 + 1) {
		at := k * uint64(midBits)
		m.bgNext[k] = read(mid, at+uint64(wordBits)+32, nextBits)
		if k == uint64(n2) {
			break
		}
		m.bgWord[k] = read(mid, at, wordBits)
		m.bgB[k] = bgBoQ[read(mid, at+uint64(wordBits), 16)]
		m.bgP[k] = bgProbQ[read(mid, at+uint64(wordBits)+16, 16)]
	}
	if m.bgNext[n2] > n3 {
		return nil, fail("more trigrams than allocated")
	}
	n3 = m.bgNext[n2]
	m.tgWord, m.tgP = make([]uint32, n3), make([]float32, n3)
	for k := range uint64(n3) {
		at := k * uint64(lngBits)
		m.tgWord[k] = read(lng, at, wordBits)
		m.tgP[k] = tgProbQ[read(lng, at+uint64(wordBits), 16)]
	}
	size := int(int32(u32()))
	if size < 0 || o+size > len(b) {
		return nil, fail("word strings truncated")
	}
	start := o
	for i := o; i < o+size; i++ {
		if b[i] == 0 {
			m.words = append(m.words, string(b[start:i]))
			start = i + 1
		}
	}
	if len(m.words) != int(n1) {
		return nil, fail(fmt.Sprintf("%d words for %d unigrams", len(m.words), n1))
	}
	return m, nil
}

func requiredBits(largest uint32) uint {
	n := uint(0)
	for ; largest > 0; largest >>= 1 {
		n++
	}
	return n
}

// bigram returns the index of bigram "a b", or -1.
func (m *trieLM) bigram(a, b uint32) int {
	lo, hi := int(m.uniNext[b]), int(m.uniNext[b+1])
	for lo < hi {
		h := (lo + hi) / 2
		switch {
		case m.bgWord[h] < a:
			lo = h + 1
		case m.bgWord[h] > a:
			hi = h
		default:
			return h
		}
	}
	return -1
}

// prob2 is log10 P(b | a) with back-off.
func (m *trieLM) prob2(a, b uint32) float64 {
	if k := m.bigram(a, b); k >= 0 {
		return float64(m.bgP[k])
	}
	return float64(m.uniB[a] + m.uniP[b])
}
