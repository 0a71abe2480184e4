package dupe

import (
	"hash/maphash"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
)

// para is a paragraph reduced to what comparison needs.
type para struct {
	p     *article.Paragraph
	words []string // normalised: lower case, straight apostrophes
	hash  uint64   // of the normalised words, for exact copies
	names []string // its capitalised words after the first, normalised
}

var seed = maphash.MakeSeed()

// apostrophes straightens curly apostrophes; a Replacer is safe for concurrent use.
var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'")

// normalise lower-cases words and straightens curly apostrophes. Quote
// marks, other punctuation and whitespace are not words, so they drop out.
func normalise(ps []*article.Paragraph) []para {
	out := make([]para, len(ps))
	n := 0
	for _, p := range ps {
		n += len(p.Words)
	}
	// every paragraph's words are cut from one slice, and so are its names
	all := make([]string, 0, n)
	var allNames []string
	var h maphash.Hash
	h.SetSeed(seed)
	for i, p := range ps {
		from, namesFrom := len(all), len(allNames)
		h.Reset()
		for k, w := range p.Words {
			f := fold(w.Text)
			all = append(all, f)
			h.WriteString(f)
			h.WriteByte(0)
			if r, _ := utf8.DecodeRuneInString(w.Text); k > 0 && unicode.IsUpper(r) {
				allNames = append(allNames, f)
			}
		}
		var names []string // nil when none, as comparisons expect nothing else
		if len(allNames) > namesFrom {
			names = allNames[namesFrom:len(allNames):len(allNames)]
		}
		out[i] = para{p: p, words: all[from:len(all):len(all)], hash: h.Sum64(), names: names}
	}
	return out
}

// fold lower-cases a word and straightens its apostrophes.
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
func findMatches(paras []para, threshold float64) []candidate {
	out := make([]candidate, len(paras))
	exact := map[uint64]int{}
	words := 0
	for _, p := range paras {
		words += len(p.words)
	}
	// sized once: a paragraph has at most as many shingles as words
	index := newPostings(words)
	votes := map[int]int{}
	var shingles []uint64 // of paragraph j, reused
	for j := range paras {
		out[j] = candidate{orig: -1}
		pj := &paras[j]
		if len(pj.words) == 0 {
			continue
		}
		if i, ok := exact[pj.hash]; ok {
			out[j] = candidate{orig: i, similarity: 1, exact: true}
		} else {
			exact[pj.hash] = j
		}
		clear(votes)
		shingles = appendShingleHashes(shingles[:0], pj.words)
		for _, s := range shingles {
			index.vote(s, votes)
		}
		if out[j].orig < 0 {
			best, bestVotes := -1, 0
			for i, v := range votes {
				if v > bestVotes || (v == bestVotes && i < best) {
					best, bestVotes = i, v
				}
			}
			// Too few shared shingles cannot make a near-copy: one changed
			// word breaks at most three of them.
			if best >= 0 && 5*bestVotes >= min(len(shingles), len(paras[best].words)) {
				if sim, ex := compare(&paras[best], pj); sim >= threshold {
					out[j] = candidate{orig: best, similarity: sim, exact: ex}
				}
			}
		}
		for _, s := range shingles {
			index.add(s, j)
		}
	}
	return out
}

// appendShingleHashes appends to out the hash of every run of three words
// (or of the whole paragraph, when shorter).
func appendShingleHashes(out []uint64, words []string) []uint64 {
	n := 3
	if len(words) < n {
		n = len(words)
	}
	var h maphash.Hash
	h.SetSeed(seed)
	for i := 0; i+n <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+n] {
			h.WriteString(w)
			h.WriteByte(0)
		}
		out = append(out, h.Sum64())
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
	if a.hash == b.hash && len(a.words) == len(b.words) {
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

func lcs(a, b []string) int {
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

func shingleDice(a, b []string) float64 {
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
