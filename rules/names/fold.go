package names

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// key is a name part reduced for comparison. plain keeps every letter (case
// and diacritics folded: "José" and "Jose" are the same spelling to it);
// sound is plain with transliteration choices undone; its consonant
// skeleton is the blocking key: two parts are compared only when their
// skeletons are equal.
type key struct {
	plain, sound string
	// lower is the name as written, in lower case (strings.ToLower): the
	// spelling mentions are counted by.
	lower string
	// skels are the blocking keys: the skeleton of sound, which reads kh as
	// k (Lakhvi, Lakvi), then, where it differs, the skeleton with kh read
	// as h (Vakhitov, Vahitov); "" for none.
	skels [2]string
}

// keyOf makes the key of a name part. Its strings are cut from one new
// string: a name costs one allocation, not one a string.
func keyOf(s string) key {
	var buf [256]byte // on the stack: only the final string is allocated
	b := appendPlain(buf[:0], s)
	plainEnd := len(b)
	// appending to b while reading an earlier part of it is safe: if b
	// moves, what is read stays where it was
	b = appendSound(b, b[:plainEnd])
	soundEnd := len(b)
	b = appendSkeleton(b, b[plainEnd:soundEnd])
	skelEnd := len(b)
	if sound := b[plainEnd:soundEnd]; bytes.Contains(sound, []byte("kh")) {
		var hb [64]byte
		b = appendSkeleton(b, appendKhAsH(hb[:0], sound))
	}
	skelHEnd := len(b)
	b = appendLower(b, s)
	all := string(b)
	k := key{plain: all[:plainEnd], sound: all[plainEnd:soundEnd], lower: all[skelHEnd:]}
	k.skels[0] = all[soundEnd:skelEnd]
	if h := all[skelEnd:skelHEnd]; h != k.skels[0] {
		k.skels[1] = h
	}
	return k
}

// skeletons are the key's blocking keys: one or two.
func (k *key) skeletons() []string {
	if k.skels[1] == "" {
		return k.skels[:1]
	}
	return k.skels[:]
}

// shareSkeleton reports whether two keys have a blocking key in common.
func shareSkeleton(a, b *key) bool {
	for _, x := range a.skeletons() {
		for _, y := range b.skeletons() {
			if x == y && x != "" {
				return true
			}
		}
	}
	return false
}

// appendPlain appends the plain key of s: case and diacritics folded,
// everything but letters dropped (hyphens, spaces and the ’ ' ʼ ʿ written
// for ayn and hamza).
func appendPlain(b []byte, s string) []byte {
	if isASCII(s) { // most names: the letters, in lower case
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case 'a' <= c && c <= 'z':
				b = append(b, c)
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			}
		}
		return b
	}
	// A chain holds buffers, so each call makes its own.
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if f, _, err := transform.String(t, s); err == nil {
		s = f
	}
	for _, r := range s {
		switch {
		case r == 'ß':
			b = append(b, "ss"...)
		case r == 'ø' || r == 'Ø':
			b = append(b, 'o')
		case r == 'ı':
			b = append(b, 'i')
		case unicode.IsLetter(r) && r != 'ʿ' && r != 'ʾ' && r != 'ʼ':
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// rewriter replaces, left to right, the first of its pairs of old and new
// text (in their order) whose old text stands at each place, as a
// strings.Replacer of the pairs would, but into a buffer of the caller's.
type rewriter struct {
	pairs []string
	// byFirst lists, for each byte, the pairs whose old text begins with
	// it, in order: only those can stand where it does.
	byFirst [256][]rewrite
}

// rewrite is a pair of a rewriter, its old text without the first byte.
type rewrite struct {
	rest, new string
}

func newRewriter(pairs ...string) *rewriter {
	w := &rewriter{pairs: pairs}
	for i := 0; i < len(pairs); i += 2 {
		c := pairs[i][0]
		w.byFirst[c] = append(w.byFirst[c], rewrite{pairs[i][1:], pairs[i+1]})
	}
	return w
}

// appendTo appends s rewritten to b.
func (w *rewriter) appendTo(b, s []byte) []byte {
	for i := 0; i < len(s); {
		found := false
		for _, r := range w.byFirst[s[i]] {
			if rest := s[i+1:]; len(r.rest) <= len(rest) && string(rest[:len(r.rest)]) == r.rest {
				b = append(b, r.new...)
				i += 1 + len(r.rest)
				found = true
				break
			}
		}
		if !found {
			b = append(b, s[i])
			i++
		}
	}
	return b
}

// rewrites undo common transliteration choices, longest first. Upper-case
// letters stand for sounds written with two letters (C = ch, S = sh, J =
// j/zh/dj, E = the diphthong of ei/ai/ay) so that later rules do not split
// them. kh is left alone: its h costs little to drop
// (Lakhvi, Lakvi).
var rewrites = newRewriter(
	"ph", "f", "gh", "g", "lj", "l", "dh", "d", "th", "t", "ck", "k", "q", "k", "c", "k",
	"sh", "S", "ch", "C", "zh", "J", "dj", "J", "j", "J",
	"ou", "u", "oo", "u", "ow", "u", "w", "u",
	"ei", "E", "ai", "E", "ay", "E",
	"ey", "i", "ee", "i", "ie", "i", "y", "i",
	"o", "u",
)

// chRewrites read ch (and tch, tsch) as one sound before c becomes k.
var chRewrites = newRewriter("tsch", "C", "tch", "C", "ch", "C")

// appendSound appends the sound key of a plain key: a rough
// transliteration-free spelling. Qadhafi, Gaddafi and Gadhafi become
// "kadafi" or "gadafi"; Soleimani and Suleimani "sulemani"; doubled letters
// are single.
func appendSound(b, plain []byte) []byte {
	var chBuf, vBuf, rwBuf [64]byte // each step writes into a buffer of its own
	s := plain
	if bytes.Contains(s, []byte("ch")) {
		s = chRewrites.appendTo(chBuf[:0], s)
	}
	if bytes.HasSuffix(s, []byte("ij")) || bytes.HasSuffix(s, []byte("iy")) {
		s = s[:len(s)-1] // Russian -ий: Kostrubitskij, Kostrubitsky
	}
	s = vBeforeConsonant(vBuf[:0], s)
	s = rewrites.appendTo(rwBuf[:0], s)
	if n := len(s); n > 0 && s[n-1] == 'v' {
		s[n-1] = 'u' // Belarusian -ou for Russian -ov: Barsukou, Barsukov
	}
	return appendUndoubled(b, s)
}

// appendUndoubled appends s with every letter written twice in a row
// written once.
func appendUndoubled(b, s []byte) []byte {
	var last rune = -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if r != last {
			b = append(b, s[i:i+size]...)
		}
		last = r
		i += size
	}
	return b
}

// vBeforeConsonant writes u for a v before a consonant, as Belarusian
// transliteration does: Zimovsky, Zimousky; Pavlichenko, Paulichenka. It
// returns s itself when there is none, or else a copy appended to b.
func vBeforeConsonant(b, s []byte) []byte {
	copied := false
	for i := 1; i+1 < len(s); i++ {
		if s[i] == 'v' && !strings.ContainsRune("aeiouy", rune(s[i+1])) {
			if !copied {
				s = append(b, s...)
				copied = true
			}
			s[i] = 'u'
		}
	}
	return s
}

// appendKhAsH appends s with each kh written h.
func appendKhAsH(b, s []byte) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] == 'k' && i+1 < len(s) && s[i+1] == 'h' {
			continue // the h is written next
		}
		b = append(b, s[i])
	}
	return b
}

// consonantClass maps sounds that transliterations swap to one letter;
// vowels and h map to 0 (dropped).
func consonantClass(r rune) rune {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'h', 'E':
		return 0
	case 'g', 'k':
		return 'k'
	case 'C', 'S':
		return 'S'
	case 'd', 't':
		return 't'
	case 'b', 'p':
		return 'p'
	case 'f', 'v':
		return 'f'
	case 's', 'z', 'x':
		return 's'
	case 'J':
		return 'j'
	}
	return r
}

// appendSkeleton appends the consonant skeleton of a sound key: "kadafi"
// → "ktf".
func appendSkeleton(b, sound []byte) []byte {
	var last rune = -1
	for i := 0; i < len(sound); {
		r, size := rune(sound[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(sound[i:])
		}
		c := consonantClass(r)
		if c != 0 && c != last {
			b = utf8.AppendRune(b, c)
		}
		if c != 0 {
			last = c
		}
		i += size
	}
	return b
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
