package typo

import "strings"

// soundKey is a rough phonetic key of a lower-case word, so that spellings
// that sound alike ("definately", "definitely"; "fone", "phone") meet. It
// keeps the first letter, folds letter groups that spell one sound, drops
// later vowels and silent letters, and squeezes repeats. It is cruder than
// Metaphone on purpose: it only has to bring candidates together.
func soundKey(w string) string {
	if w == "" {
		return ""
	}
	s := w
	for _, r := range soundRules {
		s = strings.ReplaceAll(s, r[0], r[1])
	}
	var b strings.Builder
	b.WriteByte(s[0])
	last := s[0]
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
			last = 0
			continue
		case 'c', 'q':
			c = 'k'
		case 'z':
			c = 's'
		case 'v':
			c = 'f'
		}
		if c != last {
			b.WriteByte(c)
		}
		last = c
	}
	return b.String()
}

var soundRules = [][2]string{
	{"ph", "f"}, {"gh", "f"}, {"ck", "k"}, {"tch", "ch"}, {"sch", "sk"}, {"ce", "se"},
	{"ci", "si"}, {"cy", "sy"}, {"dge", "je"}, {"kn", "n"}, {"wr", "r"}, {"mb", "m"},
	{"tion", "shun"}, {"sion", "shun"}, {"cian", "shun"}, {"x", "ks"}, {"qu", "kw"},
}

// skeleton is the first letter and the consonants after it, each run of one
// consonant squeezed even across vowels: "competion" and "competition" both
// give "cmptn". It catches letters dropped or doubled in long words.
func skeleton(w string) string {
	if w == "" {
		return ""
	}
	b := []byte{w[0]}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if isVowel(c) || c == 'h' || c == 'w' || c == b[len(b)-1] {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
