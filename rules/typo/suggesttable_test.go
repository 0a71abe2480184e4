package typo

import (
	"encoding/binary"
	"strings"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// suggestable words are the ones worth offering: common enough (size class
// 70 or below, or seen in the counted text) and made of plain letters.
func suggestable(w string, e entry) bool {
	if e.class > 70 && e.count == 0 || len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// writeSuggestTable builds the suggestion index of l's common words and
// returns it as suggest.bin: after the header, little-endian,
//
//	n, keys, longest, del, sound, low uint32  common words, suggestion ids, longest word, pairs of each index, bytes of low
//	keyWord [keys]uint32                      the common word index of each id
//	keyLow  [keys]uint32                      0 for a word in lower case, else 1 + offset of its lower-case form in low
//	byDel   hash index of del pairs           the word and each spelling with one letter deleted
//	bySound hash index of sound pairs         soundKey, "~" + skeleton, and for 6 letters or more "-" + skeleton less a consonant
//	low     [low]byte                         lower-case forms, end to end
//
// A hash index is from [1<<16+1]uint32 (first pair of each top 16 bits of
// the folded hash), then the pairs sorted by folded hash, stable in the
// order filed: their low 16 bits [pairs]uint16, then their ids, three
// bytes each. A pair filed twice (two deletions giving one spelling) is
// kept once.
func writeSuggestTable(l *lexicon) []byte {
	var keyWord []uint32
	for i := range l.n {
		if w := l.word(i); suggestable(w, l.entryAt(i)) && !l.properOnly(w, l.entryAt(i)) {
			keyWord = append(keyWord, uint32(i))
		}
	}
	var byDel, bySound []hashPair
	keyLow := make([]uint32, len(keyWord))
	var low []byte
	longest := 0
	buf := make([]byte, 0, 64)
	for id, wi := range keyWord {
		w := l.word(int(wi))
		lw := strings.ToLower(w)
		if lw != w {
			keyLow[id] = uint32(1 + len(low))
			low = append(low, lw...)
		}
		longest = max(longest, len(lw))
		add := func(to *[]hashPair, h uint64) { *to = append(*to, hashPair{fold(h), int32(id)}) }
		add(&byDel, hash(lw))
		for i := range len(lw) {
			buf = append(append(buf[:0], lw[:i]...), lw[i+1:]...)
			add(&byDel, hashBytes(buf))
		}
		add(&bySound, hash(soundKey(lw)))
		sk := skeleton(lw)
		add(&bySound, hash("~"+sk))
		if len(lw) >= 6 {
			// and with one consonant taken out, for a consonant left out
			// besides wrong vowels ("enviroment" for "environment")
			for i := 1; i < len(sk); i++ {
				add(&bySound, hash("-"+sk[:i]+sk[i+1:]))
			}
		}
	}
	byDel, bySound = sortPairs(byDel), sortPairs(bySound)
	var out []byte
	u32 := func(v uint32) { out = binary.LittleEndian.AppendUint32(out, v) }
	for _, v := range []int{l.n, len(keyWord), longest, len(byDel), len(bySound), len(low)} {
		u32(uint32(v))
	}
	for _, a := range [][]uint32{keyWord, keyLow} {
		for _, v := range a {
			u32(v)
		}
	}
	for _, ps := range [][]hashPair{byDel, bySound} {
		i := 0
		for k := range 1<<16 + 1 {
			for i < len(ps) && int(ps[i].h>>16) < k {
				i++
			}
			u32(uint32(i))
		}
		for _, p := range ps {
			out = binary.LittleEndian.AppendUint16(out, uint16(p.h))
		}
		for _, p := range ps {
			if p.id >= 1<<24 {
				panic("suggestion id past three bytes")
			}
			out = append(out, byte(p.id), byte(p.id>>8), byte(p.id>>16))
		}
	}
	out = append(out, low...)
	return append(format.Header(format.Suggest, len(out)), out...)
}

type hashPair struct {
	h  uint32
	id int32
}

// sortPairs sorts the pairs by hash, stable (one byte at a time, least
// significant first), and drops a pair equal to the one before it.
func sortPairs(ps []hashPair) []hashPair {
	tmp := make([]hashPair, len(ps))
	src, dst := ps, tmp
	for shift := uint(0); shift < 32; shift += 8 {
		var count [257]int
		for _, p := range src {
			count[(p.h>>shift)&0xff+1]++
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, p := range src {
			b := (p.h >> shift) & 0xff
			dst[count[b]] = p
			count[b]++
		}
		src, dst = dst, src
	}
	out := src[:0]
	for i, p := range src {
		if i == 0 || p != src[i-1] {
			out = append(out, p)
		}
	}
	return out
}
