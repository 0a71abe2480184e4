package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// key is a name part reduced for comparison. plain keeps every letter (case
// and diacritics folded: "José" and "Jose" are the same spelling to it);
// sound is plain with transliteration choices undone; skel is the consonant
// skeleton of sound, the blocking key: two parts are compared only when
// their skeletons are equal.
type key struct {
	plain, sound, skel string
	// skelH is the skeleton with kh read as h (Vakhitov, Vahitov) where
	// that differs; skel reads it as k (Lakhvi, Lakvi).
	skelH string
	// skels is skel and skelH when there is one, made once (see skeletons).
	skels []string
}

func keyOf(s string) key {
	p := plainOf(s)
	snd := soundOf(p)
	k := key{plain: p, sound: snd, skel: skeletonOf(snd)}
	if strings.Contains(snd, "kh") {
		if h := skeletonOf(strings.ReplaceAll(snd, "kh", "h")); h != k.skel {
			k.skelH = h
		}
	}
	k.skels = []string{k.skel}
	if k.skelH != "" {
		k.skels = append(k.skels, k.skelH)
	}
	return k
}

// skeletons are the key's blocking keys. The slice is shared: a caller
// that adds to it must copy it first.
func (k key) skeletons() []string {
	if k.skels == nil { // a key made by hand, in a test
		return []string{k.skel}
	}
	return k.skels
}

// shareSkeleton reports whether two keys have a blocking key in common.
func shareSkeleton(a, b key) bool {
	for _, x := range a.skeletons() {
		for _, y := range b.skeletons() {
			if x == y && x != "" {
				return true
			}
		}
	}
	return false
}

// plainOf folds case and diacritics and drops everything but letters
// (hyphens, spaces and the ’ ' ʼ ʿ written for ayn and hamza).
func plainOf(s string) string {
	folded := s
	if !isASCII(s) {
		// A chain holds buffers, so each call makes its own.
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if f, _, err := transform.String(t, s); err == nil {
			folded = f
		}
	}
	var b strings.Builder
	b.Grow(len(folded))
	for _, r := range folded {
		switch {
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ø' || r == 'Ø':
			b.WriteByte('o')
		case r == 'ı':
			b.WriteByte('i')
		case unicode.IsLetter(r) && r != 'ʿ' && r != 'ʾ' && r != 'ʼ':
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// rewrites undo common transliteration choices, longest first. Upper-case
// letters stand for sounds written with two letters (C = ch, S = sh, J =
// j/zh/dj, E = the diphthong of ei/ai/ay) so that later rules do not split
// them. kh is left alone: its h costs little to drop
// (Lakhvi, Lakvi).
var rewrites = []string{
	"ph", "f", "gh", "g", "lj", "l", "dh", "d", "th", "t", "ck", "k", "q", "k", "c", "k",
	"sh", "S", "ch", "C", "zh", "J", "dj", "J", "j", "J",
	"ou", "u", "oo", "u", "ow", "u", "w", "u",
	"ei", "E", "ai", "E", "ay", "E",
	"ey", "i", "ee", "i", "ie", "i", "y", "i",
	"o", "u",
}

// rewriteFirst maps a byte to the index in rewrites of the first pair
// whose old text starts with it, plus one; 0 for none.
var rewriteFirst = func() (t [256]uint8) {
	for i := len(rewrites) - 2; i >= 0; i -= 2 {
		t[rewrites[i][0]] = uint8(i + 1)
	}
	return t
}()

// rewrite replaces in s, left to right, the first pair of rewrites (in
// their order) whose old text stands at each place, as a strings.Replacer
// of them would, into one new string: the Replacer made two a call.
func rewrite(s string) string {
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(s); {
		k := int(rewriteFirst[s[i]])
		found := false
		for k > 0 && k-1 < len(rewrites) {
			old, repl := rewrites[k-1], rewrites[k]
			if strings.HasPrefix(s[i:], old) {
				b = append(b, repl...)
				i += len(old)
				found = true
				break
			}
			k += 2
		}
		if !found {
			b = append(b, s[i])
			i++
		}
	}
	return string(b)
}

var chReplacer = strings.NewReplacer("tsch", "C", "tch", "C", "ch", "C")

// soundOf maps a plain key to a rough transliteration-free spelling:
// Qadhafi, Gaddafi and Gadhafi become "kadafi" or "gadafi"; Soleimani and
// Suleimani "sulemani"; doubled letters are single.
func soundOf(plain string) string {
	// "ch" must be read before "c" becomes "k": replace it first (the
	// Replacer copies even what it leaves alone, so only where it acts).
	s := plain
	if strings.Contains(s, "ch") {
		s = chReplacer.Replace(s)
	}
	if strings.HasSuffix(s, "ij") || strings.HasSuffix(s, "iy") {
		s = s[:len(s)-1] // Russian -ий: Kostrubitskij, Kostrubitsky
	}
	s = vBeforeConsonant(s)
	s = rewrite(s)
	if strings.HasSuffix(s, "v") {
		s = s[:len(s)-1] + "u" // Belarusian -ou for Russian -ov: Barsukou, Barsukov
	}
	return undouble(s)
}

func undouble(s string) string {
	if !hasDoubled(s) {
		return s // most names: no need to copy
	}
	var b strings.Builder
	var last rune = -1
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// hasDoubled reports whether s has a letter written twice in a row.
func hasDoubled(s string) bool {
	var last rune = -1
	for _, r := range s {
		if r == last {
			return true
		}
		last = r
	}
	return false
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

// skeletonOf is the consonant skeleton of a sound key: "kadafi" → "ktf".
func skeletonOf(sound string) string {
	var b strings.Builder
	var last rune = -1
	for _, r := range sound {
		c := consonantClass(r)
		if c != 0 && c != last {
			b.WriteRune(c)
		}
		if c != 0 {
			last = c
		}
	}
	return b.String()
}

// vBeforeConsonant writes u for a v before a consonant, as Belarusian
// transliteration does: Zimovsky, Zimousky; Pavlichenko, Paulichenka.
func vBeforeConsonant(s string) string {
	var b []byte // a copy of s, made at the first change
	for i := 1; i+1 < len(s); i++ {
		if s[i] == 'v' && !strings.ContainsRune("aeiouy", rune(s[i+1])) {
			if b == nil {
				b = []byte(s)
			}
			b[i] = 'u'
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
