package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// lm.bin is the language model the typo rule reads in place (lm.go in the
// typo package), little-endian uint32s after the header of internal/format
// (kind "LM3G"; the slot layouts, hashes and keys are defined there too):
//
//	nWords, wordBits, bigSize, triSize, nAlts
//	offsets[nWords+1]           word i is blob[offsets[i]:offsets[i+1]]
//	uni[2*nWords]               for word w at 2w: log10 P(w) (low half) and back-off (high);
//	                            at 2w+1 its reach, the most a kept trigram (low) and
//	                            bigram (high) ending in w give it (int16 thousandths each)
//	words[1<<wordBits]          hash table: word id+1, 0 empty
//	big[bigSize]                hash table of bigrams "a b": fingerprint<<16 | prob<<8 | backoff
//	tri[triSize]                hash table of trigrams "a b c": fingerprint<<8 | prob
//	centres[3*256]              float32 bits: bigram prob, bigram back-off, trigram prob
//	altFrom[nWords+1], alts[nAlts]  listed words one edit from each word
//	bigFilter[1<<17]            two bits a kept bigram (format.BigramFilter)
//	blob
//
// Probabilities are quantised to 256 levels (the means of equal-count
// bins); a hash slot keeps a fingerprint of the key, not the key: an absent
// n-gram matches a stray slot about once in 65,536 probes (bigrams) or 16
// million (trigrams).

// sContractions are the contractions in "'s" the model keeps although the
// lexicon leaves out every word in "'s" (possessives; see readList): the
// rule weighs "its" against "it's", "whos" against "who's", "lets" against
// "let's", and they are the neighbours of many words ("it's a", "that's
// not").
var sContractions = map[string]bool{
	"it's": true, "that's": true, "what's": true, "there's": true, "here's": true, "where's": true,
	"who's": true, "he's": true, "she's": true, "let's": true, "how's": true,
}

// writeLM prunes m and writes lm.bin: the words whose lower-case form SCOWL
// lists (and the sentence marks), and the k2 bigrams and k3 trigrams that
// weigh most, an n-gram weighing its probability in running text times how
// far its probability is from the backed-off estimate (Stolcke's pruning,
// to a budget): a frequent n-gram the back-off gets badly wrong is kept
// first, a rare one it gets nearly right dropped first.
func writeLM(dir string, m *trieLM, lex map[string]entry, k2, k3 int) error {
	listed := map[string]int{}
	for w, e := range lex {
		lw := strings.ToLower(w)
		if c, ok := listed[lw]; !ok || e.class < c {
			listed[lw] = e.class
		}
	}
	// new ids: kept words in the model's (sorted) order
	newID := make([]int32, len(m.words))
	var words []string
	for i, w := range m.words {
		newID[i] = -1
		if _, ok := listed[w]; ok || w == "<s>" || w == "</s>" || sContractions[w] {
			newID[i] = int32(len(words))
			words = append(words, w)
		}
	}
	type gram struct {
		key    uint64
		p, b   float32
		weight float64
		last   int32 // the new id of the n-gram's last word
	}
	var bigs, tris []gram
	for c := range uint32(len(m.words)) {
		for k := m.uniNext[c]; k < m.uniNext[c+1]; k++ {
			a := m.bgWord[k]
			if newID[a] < 0 || newID[c] < 0 {
				continue
			}
			p := float64(m.bgP[k])
			pa := float64(m.uniP[a])
			w := math.Pow(10, pa+p) * (math.Abs(p-float64(m.uniB[a]+m.uniP[c])) + math.Abs(float64(m.bgB[k])))
			bigs = append(bigs, gram{format.NgramKey2(uint64(uint32(newID[a])), uint64(uint32(newID[c]))), m.bgP[k], m.bgB[k], w, newID[c]})
			for t := m.bgNext[k]; t < m.bgNext[k+1]; t++ {
				x := m.tgWord[t]
				if newID[x] < 0 {
					continue
				}
				// P(x a c) ≈ P(x) P(a | x) P(c | x a)
				pt := float64(m.tgP[t])
				w := math.Pow(10, float64(m.uniP[x])+m.prob2(x, a)+pt) * math.Abs(pt-(float64(m.bgB[k])+p))
				tris = append(tris, gram{format.NgramKey3(uint64(uint32(newID[x])), uint64(uint32(newID[a])), uint64(uint32(newID[c]))), m.tgP[t], 0, w, newID[c]})
			}
		}
	}
	byWeight := func(g []gram, k int) []gram {
		sort.Slice(g, func(i, j int) bool {
			return g[i].weight > g[j].weight || g[i].weight == g[j].weight && g[i].key < g[j].key
		})
		return g[:min(k, len(g))]
	}
	bigs, tris = byWeight(bigs, k2), byWeight(tris, k3)
	var bp, bb, tp []float32
	for _, g := range bigs {
		bp, bb = append(bp, g.p), append(bb, g.b)
	}
	for _, g := range tris {
		tp = append(tp, g.p)
	}
	cbp, cbb, ctp := centres(bp), centres(bb), centres(tp)

	var out u32s
	bitsFor := func(n int) uint { // load factor at most 0.7
		b := uint(4)
		for float64(n) > 0.7*float64(uint(1)<<b) {
			b++
		}
		return b
	}
	// the n-gram tables are sized to a load of 0.6, not a power of two: most
	// probes are for n-grams the model lacks, and a miss reads on to the
	// next empty slot, 1/2 (1 + 1/(1-load)²) slots on average: 3.6 at this
	// load, 13 at 0.8 (1.3 MB smaller, but the rule was 10% slower)
	wordBits, bigSize, triSize := bitsFor(len(words)), len(bigs)*5/3+1, len(tris)*5/3+1

	// alternatives: listed words (class 70 or below) one edit away, not a
	// plural or past-tense pair (grammar, not spelling)
	idOf := map[string]uint32{}
	for i, w := range words {
		idOf[w] = uint32(i)
	}
	altFrom := make(u32s, 0, len(words)+1)
	var alts u32s
	for _, w := range words {
		altFrom = append(altFrom, uint32(len(alts)))
		if len(w) < 2 || w[0] == '<' {
			continue
		}
		var as []string
		for c := range edits1(w) {
			if cl, ok := listed[c]; ok && cl <= 70 && !inflection(w, c) {
				if _, in := idOf[c]; in {
					as = append(as, c)
				}
			}
		}
		sort.Strings(as)
		for _, a := range as {
			alts = append(alts, idOf[a])
		}
	}
	altFrom = append(altFrom, uint32(len(alts)))

	out = append(out, uint32(len(words)), uint32(wordBits), uint32(bigSize), uint32(triSize), uint32(len(alts)))
	var blob strings.Builder
	offsets := make(u32s, 0, len(words)+1)
	uni := make(u32s, 2*len(words))
	for i, w := range words {
		offsets = append(offsets, uint32(blob.Len()))
		blob.WriteString(w)
		old := sort.SearchStrings(m.words, w)
		uni[2*i] = uint32(uint16(milli(m.uniP[old]))) | uint32(uint16(milli(m.uniB[old])))<<16
	}
	offsets = append(offsets, uint32(blob.Len()))
	wt := make(u32s, 1<<wordBits)
	for i, w := range words {
		s := format.Slot(format.HashLower(w), wordBits)
		for wt[s] != 0 {
			s = (s + 1) & (1<<wordBits - 1)
		}
		wt[s] = uint32(i) + 1
	}
	bt := make(u32s, bigSize)
	bf := make(u32s, 1<<format.BigramFilterLog2)
	for _, g := range bigs {
		h := format.NgramHash(g.key)
		i, bits := format.BigramFilter(h)
		bf[i] |= bits
		s := int(format.NgramSlot(h, uint64(bigSize)))
		for bt[s] != 0 {
			s = (s + 1) % bigSize
		}
		bt[s] = format.Fingerprint(h, format.BigramFPBits)<<format.BigramFPShift | quant(cbp, g.p)<<8 | quant(cbb, g.b)
	}
	// reach: for each word, the most a kept trigram and a kept bigram
	// ending in it give it, as the rule reads them (the quantisation
	// centres), rounded up; noReach where none is kept. Beside the
	// unigram terms, which the rule reads with it: one cache line.
	triReach, bigReach := make([]int16, len(words)), make([]int16, len(words))
	for i := range words {
		triReach[i], bigReach[i] = noReach, noReach
	}
	for _, g := range bigs {
		bigReach[g.last] = max(bigReach[g.last], milliUp(cbp[quant(cbp, g.p)]))
	}
	for _, g := range tris {
		triReach[g.last] = max(triReach[g.last], milliUp(ctp[quant(ctp, g.p)]))
	}
	for i := range words {
		uni[2*i+1] = uint32(uint16(triReach[i])) | uint32(uint16(bigReach[i]))<<16
	}
	tt := make(u32s, triSize)
	for _, g := range tris {
		h := format.NgramHash(g.key)
		s := int(format.NgramSlot(h, uint64(triSize)))
		for tt[s] != 0 {
			s = (s + 1) % triSize
		}
		tt[s] = format.Fingerprint(h, format.TrigramFPBits)<<format.TrigramFPShift | quant(ctp, g.p)
	}
	out = append(out, offsets...)
	out = append(out, uni...)
	out = append(out, wt...)
	out = append(out, bt...)
	out = append(out, tt...)
	for _, c := range [][]float32{cbp, cbb, ctp} {
		for _, f := range c {
			out = append(out, math.Float32bits(f))
		}
	}
	out = append(out, altFrom...)
	out = append(out, alts...)
	out = append(out, bf...)
	b := out.bytes()
	fmt.Fprintf(os.Stderr, "gen: %s: %d words, %d bigrams, %d trigrams, %d alternatives, %d bytes\n", // what pruning kept
		format.LM.Name, len(words), len(bigs), len(tris), len(alts), format.HeaderSize+len(b)+blob.Len())
	return format.Write(dir, format.LM, b, []byte(blob.String()))
}

// noReach is a word's reach when no kept n-gram ends in it: below any
// log probability the model gives.
const noReach = math.MinInt16

// milliUp is f in thousandths rounded up, and one more: never below f as
// the rule reads it back (float64(v) / format.LogScale), rounding included.
func milliUp(f float32) int16 {
	return int16(max(-32768, min(32766, math.Ceil(float64(f)*format.LogScale))) + 1)
}

func milli(f float32) int16 {
	return int16(max(-32767, min(32767, math.Round(float64(f)*format.LogScale))))
}

// centres are the means of format.Levels equal-count bins of vs, ascending.
func centres(vs []float32) []float32 {
	s := append([]float32(nil), vs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	out := make([]float32, format.Levels)
	for i := range out {
		lo, hi := len(s)*i/format.Levels, len(s)*(i+1)/format.Levels
		if hi <= lo {
			if i > 0 {
				out[i] = out[i-1]
			}
			continue
		}
		sum := 0.0
		for _, v := range s[lo:hi] {
			sum += float64(v)
		}
		out[i] = float32(sum / float64(hi-lo))
	}
	return out
}

// quant is the index of the centre nearest v.
func quant(c []float32, v float32) uint32 {
	i := sort.Search(len(c), func(i int) bool { return c[i] >= v })
	switch {
	case i == len(c):
		return uint32(len(c) - 1)
	case i > 0 && v-c[i-1] < c[i]-v:
		return uint32(i - 1)
	}
	return uint32(i)
}
