package typo

import (
	_ "embed" // the data files
	"strings"
	"sync"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
	"github.com/copydesk/copydesk/rules/typo/internal/prior"
)

//go:generate sh internal/gen/gen.sh

var (
	//go:embed data/common.bin
	commonBin string
	//go:embed data/pairs.bin
	pairsBin string
	//go:embed data/rare.bin
	rareBin string
	//go:embed data/nearmiss.bin
	nearmissBin string
	//go:embed data/lookup.bin
	lookupBin string
	//go:embed data/suggest.bin
	suggestBin string
	//go:embed data/maps.bin
	mapsBin string
)

// entry is one word of the lexicon.
type entry struct {
	class uint8  // SCOWL size class: 10 most common … 95 rarest
	flag  byte   // 'u' American-only, 'b' British-only, 'z' -ize form accepted in both, 0 common
	alts  bool   // has near misses or a confusion set: worth a real-word check
	count uint32 // occurrences in the counted text (SOTU and WordNet glosses, case folded)
	id    int32  // index of a common word, or -1 for a rare one
}

// lexicon is the rule's read-only data, loaded once per process. "The
// counted text" is what the word and pair counts come from: the US State of
// the Union addresses and WordNet's glosses (see internal/gen).
//
// The common words (size class 70 or below, or counted, with all their
// spellings) are found with one probe of an open-addressing hash table on
// the lower-case form; the rare ones by a binary search of front-coded
// blocks. See load.go and internal/gen/binary.go.
type lexicon struct {
	n            int     // common words
	tableBits    uint    // the hash table has 1<<tableBits slots
	blob         string  // the common words, end to end
	offsets      u32view // word i is blob[offsets[i]:offsets[i+1]]
	ents         u32view // packed entries, see format.ClassMask (lookup.bin's, with AltsBit set)
	table        u32view // lower-case form → 1 + index of its first spelling
	rareN        int
	rareBlockOff u32view
	rareE        string // rare.bin's entry bytes, then lookup.bin's (with AltsBit set)
	rareBlob     string
	rareStart    u32view // first block whose head has each two-byte prefix, see prefix2
	rareHeadKey  u64view // key8 of each block's head, see rareIndex
	groupFilter  string  // see filterBits
	pairFrom     u32view // pairs with left word i: pairFrom[i]..pairFrom[i+1] ("." is n)
	pairRight    u32view
	pairCount    u16view
	hot, hot1    hotTable // see hotWords
	nmKeys       u32view  // word ids with near misses, sorted
	nmFrom       u32view
	nmAlts       u32view // common word ids
	total        float64 // words in the counted text
	bounds       float64 // clause boundaries in the counted text ("." in bigrams)

	sugg *suggestIndex // data/suggest.bin, see suggesttable.go
	maps wordMaps      // data/maps.bin, see mapstable.go

	shortSlips map[string][]string // rare short words → the common words they may be slips of (shortslip.go)
	moreAlts   map[string]moreAlts // more words the language model weighs some words against (moreAlts)
	moreOnce   sync.Once
	moreIDs    []uint64 // a bit set of the language model's ids of moreAlts' words (markMoreAlts)
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// loadLexicon returns the shared lexicon, reading the embedded data once.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() {
		lex, lexErr = readLexicon()
	})
	return lex, lexErr
}

// word is common word i.
func (l *lexicon) word(i int) string { return l.blob[l.offsets.at(i):l.offsets.at(i+1)] }

func (l *lexicon) entryAt(i int) entry {
	return unpack(l.ents.at(i), int32(i))
}

func rareEntry(v byte) entry { return unpack(uint32(v), -1) }

// unpack is the entry of packed bits v (format.ClassMask …), id its id.
func unpack(v uint32, id int32) entry {
	return entry{
		class: format.Classes[v&format.ClassMask], flag: format.Flags[(v&format.FlagMask)>>format.FlagShift],
		alts: v&format.AltsBit != 0, count: v >> format.CountShift, id: id,
	}
}

// hashFold is format.HashLower of w in lower case (ASCII letters folded on
// the fly; a word with other letters is lower-cased first).
func hashFold(w string) uint64 {
	h, _ := hashFoldASCII(w)
	return h
}

// hashFoldASCII is hashFold, and whether w is ASCII.
func hashFoldASCII(w string) (uint64, bool) {
	h := uint64(format.FNVOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return format.HashLower(strings.ToLower(w)), false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= format.FNVPrime
	}
	return h, true
}

// sameFold reports whether a and b are equal in lower case.
func sameFold(a, b string) bool {
	if len(a) == len(b) {
		ascii := true
		for i := 0; i < len(a); i++ {
			x, y := a[i], b[i]
			if x >= 0x80 || y >= 0x80 {
				ascii = false
				break
			}
			if x != y && lowerByte(x) != lowerByte(y) {
				return false
			}
		}
		if ascii {
			return true
		}
	} else if isASCII(a) && isASCII(b) {
		return false
	}
	return strings.EqualFold(a, b)
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// group is the index of the first common word spelt like w in lower case,
// or -1.
func (l *lexicon) group(w string) int {
	if l.n == 0 {
		return -1
	}
	h, ascii := hashFoldASCII(w)
	if b := h >> (64 - filterBits); ascii && l.groupFilter != "" && l.groupFilter[b/8]&(1<<(b%8)) == 0 {
		return -1 // no common word has w's hash: the probe would compare in vain
	}
	mask := uint64(1)<<l.tableBits - 1
	s := format.Slot(h, l.tableBits)
	for {
		v := l.table.at(int(s))
		if v == 0 {
			return -1
		}
		if i := int(v - 1); sameFold(l.word(i), w) {
			return i
		}
		s = (s + 1) & mask
	}
}

// inGroup finds w spelt exactly in the group starting at g.
func (l *lexicon) inGroup(g int, w string) (int, bool) {
	for i := g; i < l.n; i++ {
		if l.word(i) == w {
			return i, true
		}
		if l.ents.at(i)&format.MoreBit == 0 {
			break
		}
	}
	return 0, false
}

// exact finds a common word spelt exactly w.
func (l *lexicon) exact(w string) (int, bool) {
	if sl, ok := l.hotSlot(w); ok && sl.ref&slotFolded == 0 {
		return int(sl.ref&slotIndex) - 1, true
	}
	g := l.group(w)
	if g < 0 {
		return 0, false
	}
	return l.inGroup(g, w)
}

// hotSlot is w's slot in the hot tables (see hotWords).
func (l *lexicon) hotSlot(w string) (hotSlot, bool) {
	if len(w) > slotLenTop || w == "" {
		return hotSlot{}, false
	}
	code := code8(w)
	h := hotHash(w, code) // both tables' slots are taken from it
	if sl, ok := l.hot1.find(l, w, code, h); ok {
		return sl, true
	}
	return l.hot.find(l, w, code, h)
}

// rareIndex finds w in the sorted, front-coded rare words.
func (l *lexicon) rareIndex(w string) (int, bool) {
	blocks := l.rareBlockOff.len() - 1
	head := func(b int) string {
		off := int(l.rareBlockOff.at(b))
		n := int(l.rareBlob[off])
		return l.rareBlob[off+1 : off+1+n]
	}
	// the last block whose head is ≤ w, among those that may hold words
	// with w's first two bytes
	k := prefix2(w)
	lo, hi := max(int(l.rareStart.at(k))-1, 0), blocks
	if k+1 < l.rareStart.len() {
		hi = int(l.rareStart.at(k + 1))
	}
	base := lo
	// the search compares the heads' first eight bytes, kept in one small
	// array, and reads a head only when they are w's
	kw := key8(w)
	for lo < hi {
		mid := (lo + hi) / 2
		if hk := l.rareHeadKey.at(mid); hk < kw || hk == kw && head(mid) <= w {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	b := lo - 1
	if b < base {
		if b < 0 || head(b) > w {
			return 0, false
		}
	}
	var buf [256]byte
	pos, end := int(l.rareBlockOff.at(b)), int(l.rareBlockOff.at(b+1))
	n := int(l.rareBlob[pos])
	cur := append(buf[:0], l.rareBlob[pos+1:pos+1+n]...)
	pos += 1 + n
	for k := 0; ; k++ {
		switch s := string(cur); {
		case s == w:
			return b*format.RareBlock + k, true
		case s > w:
			return 0, false
		}
		if pos >= end {
			return 0, false
		}
		p, n := int(l.rareBlob[pos]), int(l.rareBlob[pos+1])
		cur = append(cur[:p], l.rareBlob[pos+2:pos+2+n]...)
		pos += 2 + n
	}
}

// get finds a word exactly as spelt.
func (l *lexicon) get(w string) (entry, bool) {
	if i, ok := l.exact(w); ok {
		return l.entryAt(i), true
	}
	if l.rareN > 0 {
		if j, ok := l.rareIndex(w); ok {
			return rareEntry(l.rareE[j]), true
		}
	}
	return entry{}, false
}

// lookup finds w as spelled, or, for a capitalised or upper-case word, its
// lower-case form, or another capitalisation the lexicon has ("NATO" for
// "Nato", "London" for "LONDON"). ok is false for a word the lexicon does
// not have. All spellings of a lower-case form that has a common one are
// common, so a common word costs one hash probe and no rare search.
func (l *lexicon) lookup(w string) (entry, bool) {
	if sl, ok := l.hotSlot(w); ok {
		return sl.entry(), true
	}
	g := l.group(w)
	if g >= 0 {
		lowerAt := -1
		for i := g; i < l.n; i++ {
			s := l.word(i)
			if s == w {
				return l.entryAt(i), true
			}
			if lowerAt < 0 && isLowerASCII(s) {
				lowerAt = i // the group's lower-case spelling, if any
			}
			if l.ents.at(i)&format.MoreBit == 0 {
				break
			}
		}
		if isLowerASCII(w) {
			return entry{}, false // only capitals fall back on other spellings
		}
		if !isASCII(w) {
			lw := strings.ToLower(w)
			if lw == w {
				return entry{}, false
			}
			lowerAt = -1
			if i, ok := l.inGroup(g, lw); ok {
				lowerAt = i
			}
		}
		if lowerAt >= 0 {
			return l.entryAt(lowerAt), true
		}
		if i, ok := l.foldedIn(g, strings.ToLower(w)); ok {
			return l.entryAt(i), true
		}
		return entry{}, false
	}
	// no common spelling: only the rare list can have it
	if j, ok := l.rareIndex(w); ok {
		return rareEntry(l.rareE[j]), true
	}
	if lw := strings.ToLower(w); lw != w {
		if j, ok := l.rareIndex(lw); ok {
			return rareEntry(l.rareE[j]), true
		}
	}
	return entry{}, false
}

// isLowerASCII is a word with no ASCII capital and no other letters.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// foldedIn is the first spelling in group g other than lw that is common
// in its own right (class 70 or below, or counted).
func (l *lexicon) foldedIn(g int, lw string) (int, bool) {
	for i := g; i < l.n; i++ {
		e := l.entryAt(i)
		if l.word(i) != lw && (e.class <= 70 || e.count > 0) {
			return i, true
		}
		if l.ents.at(i)&format.MoreBit == 0 {
			break
		}
	}
	return 0, false
}

// folded is the lexicon's capitalised spelling of a lower-case word
// ("december" → "December"), or "".
func (l *lexicon) folded(lw string) string {
	g := l.group(lw)
	if g < 0 {
		return ""
	}
	if i, ok := l.foldedIn(g, lw); ok {
		return l.word(i)
	}
	return ""
}

// nearMissOf lists the far more common words one edit from w, whose
// common index is id (or -1 for a word that is not common), as common
// word indexes (see word).
func (l *lexicon) nearMissOf(id int, w string) u32view {
	if id < 0 || id >= l.n {
		id = -1
		if j, ok := l.rareIndex(w); ok {
			id = l.n + 1 + j
		}
	}
	if id < 0 {
		return ""
	}
	k, ok := l.nmKeys.search(uint32(id))
	if !ok {
		return ""
	}
	return l.nmAlts.slice(int(l.nmFrom.at(k)), int(l.nmFrom.at(k+1)))
}

// classPrior is prior.Class for an entry's class (see internal/prior,
// shared with the generator).
func classPrior(class uint8) float64 { return prior.Class(int(class)) }

// freq is a word's expected count in priorWords words of text: what the counted text saw
// plus the size class's prior, so that words it never saw still rank.
func (l *lexicon) freq(w string) float64 {
	e, ok := l.get(w)
	if !ok {
		if s := l.folded(w); s != "" {
			e, ok = l.get(s)
		}
	}
	if !ok {
		return 0.01
	}
	return float64(e.count) + classPrior(e.class)*l.total/priorWords
}

const priorWords = prior.Words

// compound reports whether w is two common words written as one
// ("gameplay", "barcode"): news coins such words faster than word lists
// take them in.
func (l *lexicon) compound(w string) bool {
	for i := max(3, len(w)-maxCompoundPart); i+3 <= len(w) && i <= maxCompoundPart; i++ {
		a, okA := l.get(w[:i])
		b, okB := l.get(w[i:])
		if okA && okB && a.class <= 60 && b.class <= 60 {
			return true
		}
	}
	return false
}

// maxCompoundPart bounds each part compound tries: no word in the lists is
// longer (pneumonoultramicroscopicsilicovolcanoconiosis has 45 letters), and
// every split of a string thousands of letters long would cost its square.
const maxCompoundPart = 45

// prefixes are the living English prefixes that make new words of old
// ones faster than any list records them ("uncosted", "demerge",
// "telecentre").
var prefixes = []string{"anti", "co", "counter", "cyber", "de", "dis", "eco", "inter", "mega", "micro", "mini",
	"multi", "nano", "non", "out", "over", "post", "pre", "re", "semi", "sub", "super", "tele", "un", "under"}

// prefixed reports whether w is a living prefix and a common word of four
// letters or more.
func (l *lexicon) prefixed(w string) bool {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 {
			if e, ok := l.get(rest); ok && e.class <= 60 {
				return true
			}
		}
	}
	return false
}

// samePrefix reports whether a and b are one living prefix on two common
// words of four letters or more that differ in one consonant, like two
// words of their own ("reshoring", "restoring": shoring, storing). A
// vowel, a letter left out or added is a slip as often as not ("repare",
// "undersand", "outling"), and a stem that is no word a plain slip
// ("deside", "decide").
func (l *lexicon) samePrefix(a, b string) bool {
	for _, p := range prefixes {
		ra, okA := strings.CutPrefix(a, p)
		rb, okB := strings.CutPrefix(b, p)
		if okA && okB && len(ra) >= 4 && oneConsonantApart(ra, rb) && l.commonWord(ra, 60) && l.commonWord(rb, 60) {
			return true
		}
	}
	return false
}

// oneConsonantApart reports whether a and b, of one length, differ in one
// place only, a consonant in both.
func oneConsonantApart(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && !isVowel(a[diff]) && !isVowel(b[diff])
}

// stripAccents writes Latin letters with diacritics as plain ones, for the
// few hundred accented words of the lexicon ("café", "protégé", "naïve").
func stripAccents(s string) string {
	var b strings.Builder
	for _, r := range s {
		if p, ok := plainLetter[r]; ok {
			b.WriteByte(p)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var plainLetter = func() map[rune]byte {
	m := map[rune]byte{}
	for plain, accented := range map[byte]string{
		'a': "àáâãäåā", 'c': "çć", 'e': "èéêëē", 'i': "ìíîïī", 'n': "ñń", 'o': "òóôõöøō",
		'u': "ùúûüū", 'y': "ýÿ", 's': "š", 'z': "ž",
	} {
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
}()

func (l *lexicon) hasExact(w string) bool {
	_, ok := l.get(w)
	return ok
}

// commonName reports whether lw is the lower-case form of a name of class
// 60 or below ("december" for "December").
func (l *lexicon) commonName(lw string) bool {
	s := l.folded(lw)
	if s == "" {
		return false
	}
	e, ok := l.get(s)
	return ok && e.class <= 60
}

// key8 is the first eight bytes of w, big-endian, zero-padded: keys
// compare as the words do, except that words alike in their first eight
// bytes have equal keys.
func key8(w string) uint64 {
	var k uint64
	for i := range 8 {
		k <<= 8
		if i < len(w) {
			k |= uint64(w[i])
		}
	}
	return k
}

func prefix2(w string) int {
	switch len(w) {
	case 0:
		return 0
	case 1:
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}
