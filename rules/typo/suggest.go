package typo

import (
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// lambda turns edit cost into log probability: one ordinary edit makes a
// spelling about e^7 times less likely than the frequency of the word in
// its context alone would say, so a close word beats a far one that is
// merely more common. Chosen on the inserted-misspelling measurement
// (TestCorpusInsertedMisspellings), in aggregate: 5 to 15 were tried; 7
// ranks best on both lists (the right word first 0.885 on Wikipedia's,
// against 0.876 at 12) with safe fixes as often right.
const lambda = 7.0

// costCapital is added to the cost of a name offered for a lower-case word:
// a word in lower case is seldom a name ("upto" is "unto" before "Upton").
const costCapital = 0.4

// maxCost is the furthest a suggestion may be from the typed word;
// maxSoundCost for one that sounds the same ("definately").
const (
	maxCost      = 2.2
	maxSoundCost = 3.5
)

// maxLengthGap is how much longer than the longest word a typed word may be
// and still have a suggestion: each letter too many costs an edit, and no
// suggestion may cost over maxSoundCost. Past it, suggest has nothing to
// look up, and its deletion pairs would cost the cube of the length (a
// 7,000-letter "word" once took minutes).
const maxLengthGap = 4

// properOnly reports whether w is a rare lower-case spelling of a common
// name ("australia", listed only because the counted text is case folded):
// the name is offered instead, with its capital.
func (l *lexicon) properOnly(w string, e entry) bool {
	if e.class <= 70 || !isLowerASCII(w) {
		return false
	}
	name := l.folded(w)
	if name == "" {
		return false
	}
	ne, ok := l.get(name)
	return ok && ne.class <= 70
}

// hash, hashBytes and hashSkip key the suggestion index: the data files'
// word hash (format.HashLower), written out so as not to allocate.
func hashBytes(b []byte) uint64 {
	h := uint64(format.FNVOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= format.FNVPrime
	}
	return h
}

func hash(s string) uint64 { return format.HashLower(s) }

// candidate is a suggested word and its noisy-channel score.
type candidate struct {
	word  string
	cost  float64
	score float64
}

// suggest ranks the lexicon words near typed (lower case) by
// P(word in context) × P(typed | word). left and right are the neighbouring
// words in lower case, or "." at a boundary.
func (l *lexicon) suggest(typed, left, right string) []candidate {
	x := l.sugg
	if len(typed) > x.longest+maxLengthGap {
		return nil
	}
	var keyBuf [soundBuf]byte
	typedKey := appendSoundKey(keyBuf[:0], typed)
	// a hit is id<<1, plus 1 unless it came by sound: sorted, an id's
	// sound hit comes first
	hits := make([]int64, 0, 256)
	add := func(id int32) { hits = append(hits, int64(id)<<1|1) }
	// typed itself and with one or two letters deleted, hashed in place
	for i := -1; i < len(typed); i++ {
		for j := i; j < len(typed); j++ {
			if i < 0 && j >= 0 {
				break // the one-deletion case is i ≥ 0, j == i
			}
			x.byDel.each(hashSkip(typed, i, j), add)
		}
	}
	if len(typed) >= 4 {
		both := func(id int32) { hits = append(hits, int64(id)<<1) }
		x.bySound.each(hashBytes(typedKey), both)
		sk := skeleton(typed)
		x.bySound.each(hashMarked('~', sk, -1), both)
		// a consonant too many or too few besides wrong vowels: the
		// skeletons with one consonant taken out ("definaltey",
		// "enviroment")
		if len(typed) >= 6 {
			for i := 1; i < len(sk); i++ {
				x.bySound.each(hashMarked('~', sk, i), both)
			}
		}
		if len(typed) >= 5 {
			x.bySound.each(hashMarked('-', sk, -1), both)
		}
	}
	// one entry per id, sound if any hit was
	slices.Sort(hits)
	ids := hits[:0]
	for k, h := range hits {
		if k == 0 || h>>1 != hits[k-1]>>1 {
			ids = append(ids, h)
		}
	}
	best := make(map[string]candidate, len(ids))
	sc := l.newScorer(left, right)
	for _, h := range ids {
		id, sound := int32(h>>1), h&1 == 0
		w := x.word(id)
		limit := maxCost
		if sound {
			limit = maxSoundCost
		}
		// editCost, with typed's sound key made once, and none made for a
		// word too far even if it sounds the same
		cost, ok := alignCost(w, typed, limit)
		if !ok || cost*costSoundsOK > limit {
			continue
		}
		if cost > 0 && sameSoundKey(w, typedKey) {
			cost *= costSoundsOK
		}
		if cost > limit || w == typed {
			continue
		}
		display := x.display(id)
		if display != w {
			cost += costCapital // a name, written in lower case as well as misspelt
		}
		c := candidate{word: display, cost: cost, score: sc.fit(w) - lambda*cost}
		if old, ok := best[w]; !ok || betterDisplay(c.word, old.word) {
			best[w] = c
		}
	}
	out := make([]candidate, 0, len(best))
	for _, c := range best {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].word < out[j].word
	})
	return out
}

// betterDisplay prefers the lower-case spelling when the lexicon has both
// ("may" over "May").
func betterDisplay(a, b string) bool { return a == strings.ToLower(a) && b != a }

// widen adds to cands, the suggestions for typed, the words suggest does
// not look up: those with two letters left out ("approrate" for
// "appropriate") or one left out and one wrong ("avot" for "avoid"),
// within maxCost. It is asked only once the word is judged a slip, to
// choose which word was meant: the judgement itself stays on suggest's
// words. The index files each word under itself and with a letter
// deleted, so typed with a letter put in, or with a letter replaced,
// meets such words. (Typed with one letter taken out and one put in found
// a few more, right-first 0.610 against 0.609 on the tuning half of
// Birkbeck, for ten times the look-ups.)
func (l *lexicon) widen(typed, left, right string, cands []candidate) []candidate {
	x := l.sugg
	if len(typed) < minWiden || len(typed) > maxWiden {
		return cands
	}
	for _, c := range cands {
		if c.cost <= widenNear {
			return cands // a word one cheap slip away is seldom not the word meant
		}
	}
	var ids []int32
	add := func(id int32) { ids = append(ids, id) }
	probe := func(h uint64) { x.byDel.each(h, add) }
	if ch, err := loadChannel(); err == nil {
		omitted := func(before byte) []byte { return ch.Omitted(before, widenLetters) }
		intended := func(typed byte) []byte { return ch.Intended(typed, widenLetters) }
		eachInsertion(typed, omitted, probe)
		eachSubstitution(typed, intended, probe)
	}
	sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
	have := make(map[string]bool, len(cands))
	for _, c := range cands {
		have[strings.ToLower(c.word)] = true
	}
	sc := l.newScorer(left, right)
	for k, id := range ids {
		if k > 0 && id == ids[k-1] {
			continue
		}
		w := x.word(id)
		if have[w] {
			continue
		}
		cost, ok := alignCost(w, typed, maxCost)
		if !ok || cost > maxCost/costSoundsOK {
			continue
		}
		if sameSound(w, typed) {
			cost *= costSoundsOK
		}
		if cost > maxCost {
			continue
		}
		display := x.display(id)
		if display != w {
			cost += costCapital
		}
		have[w] = true
		cands = append(cands, candidate{word: display, cost: cost, score: sc.fit(w) - lambda*cost})
	}
	return cands
}

// The lengths of typed words widen looks up: a shorter one has too many
// such neighbours to choose from.
const (
	minWiden = 4
	maxWiden = 24
)

// widenNear: widen is not asked when a suggestion is within this cost (a
// doubling, a vowel, a swap). Birkbeck's tuning half: right-first 0.608
// when always asked, 0.608, 0.607, 0.607 when not within 0.3, 0.4, 0.5;
// most slips in edited copy are that close, so a BBC pass asks it rarely.
const widenNear = 0.5

// widenLetters is how many letters widen tries at each place, the likeliest
// by the error model (channel.Model.Omitted, Intended). On Birkbeck's
// tuning half, right-first was 0.609 with all 26, 0.608 with 16 or 12, 0.606
// with 8; 16 takes 60% of the look-ups of 26.
const widenLetters = 16

// eachInsertion calls fn with the hash of w with each letter a–z put in
// at each place.
func eachInsertion(w string, letters func(before byte) []byte, fn func(uint64)) {
	h := uint64(format.FNVOffset) // hash of w[:p]
	for p := 0; p <= len(w); p++ {
		before := byte(0)
		if p > 0 {
			before = w[p-1]
		}
		for _, c := range letters(before) {
			g := (h ^ uint64(c)) * format.FNVPrime
			for k := p; k < len(w); k++ {
				g = (g ^ uint64(w[k])) * format.FNVPrime
			}
			fn(g)
		}
		if p < len(w) {
			h = (h ^ uint64(w[p])) * format.FNVPrime
		}
	}
}

// eachSubstitution calls fn with the hash of w with each letter replaced
// by each other letter a–z.
func eachSubstitution(w string, letters func(typed byte) []byte, fn func(uint64)) {
	h := uint64(format.FNVOffset) // hash of w[:p]
	for p := 0; p < len(w); p++ {
		for _, c := range letters(w[p]) {
			if c == w[p] {
				continue
			}
			g := (h ^ uint64(c)) * format.FNVPrime
			for k := p + 1; k < len(w); k++ {
				g = (g ^ uint64(w[k])) * format.FNVPrime
			}
			fn(g)
		}
		h = (h ^ uint64(w[p])) * format.FNVPrime
	}
}

// hashMarked is hash(string(mark) + w) with w's byte at skip left out
// (skip < 0: none), made without building the string.
func hashMarked(mark byte, w string, skip int) uint64 {
	h := (uint64(format.FNVOffset) ^ uint64(mark)) * format.FNVPrime
	for k := 0; k < len(w); k++ {
		if k != skip {
			h = (h ^ uint64(w[k])) * format.FNVPrime
		}
	}
	return h
}

// hashSkip is hash(w) with the bytes at i and j left out (i < 0: none;
// i == j: one).
func hashSkip(w string, i, j int) uint64 {
	h := uint64(format.FNVOffset)
	for k := 0; k < len(w); k++ {
		if k == i || k == j {
			continue
		}
		h ^= uint64(w[k])
		h *= format.FNVPrime
	}
	return h
}

// dominates says whether the best suggestion is clearly ahead of the rest:
// a fix that needs no human.
func dominates(cs []candidate) bool {
	if len(cs) == 0 || cs[0].cost > 0.7 {
		return false
	}
	return len(cs) == 1 || cs[0].score-cs[1].score >= safeMargin*lambda
}

// safeMargin is the lead, in edits, that makes a suggestion safe to apply:
// the runner-up must be a clearly less likely slip, not just a rarer word.
const safeMargin = 0.6
