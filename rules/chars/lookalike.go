package chars

// Letters of Cyrillic and Greek that are drawn like Latin ones in common
// fonts (after Unicode's confusables data, UTS #39, limited to letters that
// look identical, not merely similar).
var cyrillicLatin = map[rune]rune{
	'а': 'a', 'в': 'ʙ', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x',
	'ѕ': 's', 'і': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l', 'ү': 'y',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P',
	'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'Ѕ': 'S', 'І': 'I', 'Ј': 'J', 'Ԛ': 'Q',
	'Ԝ': 'W', 'Ү': 'Y', 'Ӏ': 'I',
}

// Lowercase Greek letters other than omicron only resemble Latin ones, and
// stand for themselves in science copy (α-particle, ν-factory).
var greekLatin = map[rune]rune{
	'ο': 'o',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M',
	'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// toScript maps a letter to its look-alike in Cyrillic or Greek: the
// inverses of the tables above.
var toScript = map[script]map[rune]rune{
	cyrillic: invert(cyrillicLatin),
	greek:    invert(greekLatin),
}

func invert(m map[rune]rune) map[rune]rune {
	out := make(map[rune]rune, len(m))
	for k, v := range m {
		if _, dup := out[v]; !dup || k < out[v] {
			out[v] = k
		}
	}
	return out
}

// lookAlike returns the letter of script want that r is drawn like.
func lookAlike(r rune, want script) (rune, bool) {
	var to rune
	var ok bool
	switch {
	case want == latin:
		if to, ok = cyrillicLatin[r]; !ok {
			to, ok = greekLatin[r]
		}
	case scriptOf(r) == latin:
		to, ok = toScript[want][r]
	}
	if to == 'ʙ' {
		return 0, false // small capital B: no lowercase Latin look-alike
	}
	return to, ok
}
