package names

import (
	"strings"
	"unicode/utf8"
)

// similarity settings: parts shorter than minLen (in sound-key letters) are
// variants only when their sound keys are equal ("Un" and "Il" never are);
// longer ones when their skeletons are equal and the weighted edit distance
// of their sound keys is at most maxDist of the longer key.
type similarity struct {
	minLen  int
	maxDist float64
}

// variant reports whether two parts are spellings of one name. Equal plain
// keys are variants too (they differ only in case, diacritics or
// punctuation); callers decide whether such a difference is worth a word.
func (s similarity) variant(a, b *key) bool {
	if a.plain == b.plain {
		return a.plain != ""
	}
	la, lb := utf8.RuneCountInString(a.sound), utf8.RuneCountInString(b.sound)
	if min(la, lb) < s.minLen || !shareSkeleton(a, b) {
		return false
	}
	if a.sound == b.sound {
		return true
	}
	if !sameOnset(a.sound, b.sound) || extended(a.plain, b.plain) {
		return false
	}
	return distance(a.sound, b.sound) <= s.maxDist*float64(max(la, lb))
}

// sameOnset reports whether two sound keys begin alike: the same letter,
// two vowels (Osama, Usama) or one consonant class (Qadhafi, Gaddafi).
// Transliteration rarely changes how a name begins; Venice and Fenice,
// Hotel and Othello are different words.
func sameOnset(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra == 'h' && rb != 'h' {
		return sameOnset(a[1:], b) // Amdouni, Hamdouni
	}
	if rb == 'h' && ra != 'h' {
		return sameOnset(a, b[1:])
	}
	if ra == rb {
		return true
	}
	ca, cb := consonantClass(ra), consonantClass(rb)
	return ca == cb && (ca == 0 && ra != 'h' && rb != 'h' || ca == 'k')
}

// englishEndings turn a name into another word or another surname:
// Germany, Browne, Clarke, Maloney, Imprezas, Jewish, Israeli.
var englishEndings = set(`e y s es se n an ish ey ie i a o`)

// extended reports whether one spelling is the other with an English
// ending added: morphology or a different surname, not transliteration.
// Other additions (Khalife, Khalifeh; Zelensky, Zelenskyy) are variants.
func extended(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == "" || !strings.HasPrefix(b, a) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	rest := b[len(a):]
	return rest != string(last) && englishEndings[rest]
}

// sameName reports whether two surname parts are variants, reading an
// article glued to the name as a particle: Alrawi is al-Rawi, Elkaddafi is
// Gaddafi. Without a particle on the other side the rest must be long
// enough not to be a name of its own (Alford is not Ford).
func (s similarity) sameName(a, b *part) bool {
	if s.variant(a.key, b.key) {
		return true
	}
	return s.unglued(a, b) || s.unglued(b, a)
}

func (s similarity) unglued(a, b *part) bool {
	if a.glued == nil || b.glued != nil {
		return false
	}
	if !articlePrefixes[b.particle] && len(a.glued.plain) < 6 {
		return false
	}
	return s.variant(a.glued, b.key)
}

// distance is an edit distance over sound keys in which swapping letters
// of one consonant class (g/k, d/t) or two inner vowels costs half, and
// inserting or deleting an h or an inner vowel costs half; every other
// edit costs one.
// Hassan and Hussein stay apart: u for a is half, E for a a whole one.
func distance(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	prev := make([]float64, len(rb)+1)
	cur := make([]float64, len(rb)+1)
	for j := range prev {
		prev[j] = indelCost(rb, j)
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = prev[0] + indel(ra[i-1], false)
		for j := 1; j <= len(rb); j++ {
			final := i == len(ra) || j == len(rb)
			best := prev[j-1] + subCost(ra[i-1], rb[j-1], final)
			best = min(best, prev[j]+indel(ra[i-1], i < len(ra) && j < len(rb)), cur[j-1]+indel(rb[j-1], i < len(ra) && j < len(rb)))
			cur[j] = best
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func indelCost(rs []rune, j int) float64 {
	c := 0.0
	for _, r := range rs[:j] {
		c += indel(r, false)
	}
	return c
}

// indel is the cost of inserting or deleting r: a quarter for a final e
// (silent in French spellings: Hissene, Hissein), half for an h, an e and
// a vowel inside the name (Droukdel, Droukadal); one otherwise.
func indel(r rune, inner bool) float64 {
	switch {
	case r == 'e' && !inner:
		return 0.25 // a silent final e: Ayache, Ayash
	case r == 'h' || r == 'e' || inner && isVowel(r):
		return 0.5
	}
	return 1
}

// subCost is the cost of writing b for a. Inner vowels are what
// transliterations disagree on most (Umar, Umer; Aselderov, Asildarov), so
// swapping them costs half; a final vowel is a different name (Masi,
// Maso), and the diphthong E (ei, ai, ay) is close only to e and i.
func subCost(a, b rune, final bool) float64 {
	if a == b {
		return 0
	}
	va, vb := isVowel(a), isVowel(b)
	switch {
	case va && vb && (a == 'E' || b == 'E'):
		if a == 'e' || b == 'e' || a == 'i' || b == 'i' {
			return 0.5
		}
		return 1
	case va && vb && !final:
		return 0.5
	case va || vb:
		return 1
	}
	if ca := consonantClass(a); ca != 0 && ca == consonantClass(b) && ca != 'f' {
		return 0.5
	}
	return 1
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'E':
		return true
	}
	return false
}

// slip reports whether two plain keys differ by one slip of the keyboard
// rather than by being two names: two adjacent letters swapped (Kier,
// Keir; Laim, Liam), a vowel, an h or a doubled letter added or dropped
// (Reevs, Reeves; Haig, Haigh), or one letter changed in a name of at
// least slipSubLen letters (Streeling, Streeting; Badenock, Badenoch).
// Both begin with the same letter, the shorter has at least three letters,
// and an English ending added is not a slip (Brown, Browne; Paul, Paula).
// A consonant added (Johnson, Johnston) or changed in a shorter name
// (Clinton, Clifton; Mark, Mary) makes another name too often.
func slip(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
		a, b = b, a
	}
	if len(ra) < 3 || len(rb) < 4 || ra[0] != rb[0] || a == b {
		return false
	}
	i := 0 // first difference
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	switch len(rb) - len(ra) {
	case 0:
		if i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) {
			return true // swapped
		}
		return len(rb) >= slipSubLen && string(ra[i+1:]) == string(rb[i+1:])
	case 1:
		if string(ra[i:]) != string(rb[i+1:]) || extended(a, b) {
			return false
		}
		r := rb[i]
		doubled := i > 0 && rb[i-1] == r || i+1 < len(rb) && rb[i+1] == r
		return r == 'h' || r == 'y' || isVowel(r) || doubled
	}
	return false
}

// slipSubLen is the shortest name in which one changed letter is a slip.
const slipSubLen = 8
