package dupe

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules/article"
)

// para is a paragraph reduced to what comparison needs. Words are their
// article.Word.Fold: lower case, straight apostrophes, hashed once by the
// tokeniser, so that comparing paragraphs copies no word.
type para struct {
	p     *article.Paragraph
	words []uint64 // each word's Fold
	hash  uint64   // of the words, for exact copies
	names []uint64 // the Fold of its capitalised words after the first
}

// apostrophes straightens curly apostrophes; a Replacer is safe for concurrent use.
var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'")

// normalise reduces paragraphs to their words' folds. Quote marks, other
// punctuation and whitespace are not words, so they drop out.
func (wk *work) normalise(ps []*article.Paragraph) []para {
	n := 0
	for _, p := range ps {
		n += len(p.Words)
	}
	out := slices.Grow(wk.paras[:0], len(ps))[:len(ps)]
	// every paragraph's words are cut from one slice, and so are its names
	all := slices.Grow(wk.words[:0], n)
	allNames := wk.names[:0]
	for i, p := range ps {
		from, namesFrom := len(all), len(allNames)
		h := uint64(seedHash)
		for k := range p.Words {
			w := &p.Words[k] // not a copy of the whole Word
			all = append(all, w.Fold)
			h = mix(h, w.Fold)
			if k > 0 && w.Shape.Has(article.UpperInitial) {
				allNames = append(allNames, w.Fold)
			}
		}
		var names []uint64 // nil when none, as comparisons expect nothing else
		if len(allNames) > namesFrom {
			names = allNames[namesFrom:len(allNames):len(allNames)]
		}
		out[i] = para{p: p, words: all[from:len(all):len(all)], hash: h, names: names}
	}
	wk.paras, wk.words, wk.names = out, all, allNames
	return out
}

// seedHash starts a hash of a sequence of words.
const seedHash = 0x9e3779b97f4a7c15

// mix adds a word's hash to a hash of the words before it: order counts,
// and the result is well spread for maps.
func mix(h, w uint64) uint64 {
	h ^= w + seedHash + h<<6 + h>>2
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>29
}

// fold lower-cases a word and straightens its apostrophes: the text its
// Fold is the hash of.
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return strings.ToLower(apostrophes.Replace(w))
		}
	}
	return strings.ToLower(w)
}

// candidate is the earlier paragraph a paragraph best repeats.
type candidate struct {
	orig       int // -1: none
	similarity float64
	exact      bool
}

// findMatches finds, for every paragraph, the earlier paragraph it repeats
// best: an exact copy through the hash, else the earlier paragraph sharing
// most three-word shingles, kept if similar enough.
func (wk *work) findMatches(paras []para, threshold float64) []candidate {
	out := make([]candidate, len(paras))
	exact := make(map[uint64]int, len(paras))
	words := 0
	for _, p := range paras {
		words += len(p.words)
	}
	// sized once: a paragraph has at most as many shingles as words
	index := &wk.index
	index.reset(words, len(paras))
	shingles := wk.shingles // of paragraph j
	for j := range paras {
		out[j] = candidate{orig: -1}
		pj := &paras[j]
		if len(pj.words) == 0 {
			continue
		}
		if i, ok := exact[pj.hash]; ok && slices.Equal(paras[i].words, pj.words) {
			out[j] = candidate{orig: i, similarity: 1, exact: true}
		} else {
			exact[pj.hash] = j
		}
		shingles = appendShingleHashes(shingles[:0], pj.words)
		if out[j].orig < 0 {
			best, shared := index.mostShared(shingles)
			// Too few shared shingles cannot make a near-copy: one changed
			// word breaks at most three of them.
			if best >= 0 && 5*shared >= min(len(shingles), len(paras[best].words)) {
				if sim, ex := compare(&paras[best], pj); sim >= threshold {
					out[j] = candidate{orig: best, similarity: sim, exact: ex}
				}
			}
		}
		for _, s := range shingles {
			index.add(s, j)
		}
	}
	wk.shingles = shingles
	return out
}

// appendShingleHashes appends to out the hash of every run of three words
// (or of the whole paragraph, when shorter).
func appendShingleHashes(out []uint64, words []uint64) []uint64 {
	if len(words) < 3 {
		h := uint64(seedHash)
		for _, w := range words {
			h = mix(h, w)
		}
		return append(out, h)
	}
	out = slices.Grow(out, len(words)-2)
	for i := 0; i+3 <= len(words); i++ {
		out = append(out, mix(mix(mix(seedHash, words[i]), words[i+1]), words[i+2]))
	}
	return out
}

// maxCells bounds the word-by-word comparison; past it, paragraphs are
// compared by their shingles alone.
const maxCells = 1 << 20

// compare returns how alike two paragraphs are: twice the words they share
// in order (longest common subsequence) over their total length, and whether
// they are the same after normalising.
func compare(a, b *para) (float64, bool) {
	if a.hash == b.hash && slices.Equal(a.words, b.words) {
		return 1, true
	}
	total := len(a.words) + len(b.words)
	if total == 0 {
		return 0, false
	}
	if otherNames(a, b) && otherNames(b, a) {
		return 0, false
	}
	if len(a.words)*len(b.words) > maxCells {
		return shingleDice(a.words, b.words), false
	}
	return 2 * float64(lcs(a.words, b.words)) / float64(total), false
}

// otherNames reports whether a names two or more people or places that b
// does not. Two paragraphs that differ in several names are parallel copy
// (weather warnings for different towns, results of different matches), not
// a paste: an edited paste changes a word or two, seldom several names.
func otherNames(a, b *para) bool {
	n := 0
	for _, x := range a.names {
		if !slices.Contains(b.names, x) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

func lcs(a, b []uint64) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func shingleDice(a, b []uint64) float64 {
	sa, sb := appendShingleHashes(nil, a), appendShingleHashes(nil, b)
	set := make(map[uint64]int, len(sa))
	for _, s := range sa {
		set[s]++
	}
	common := 0
	for _, s := range sb {
		if set[s] > 0 {
			set[s]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(sa)+len(sb))
}
