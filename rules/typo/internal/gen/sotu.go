package main

import (
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// readSOTU counts case-folded words and adjacent word pairs in every .txt
// file of dir (the State of the Union addresses). Punctuation other than an inner apostrophe ends a run of
// words, so no pair spans a full stop or a comma; "." stands for such a
// boundary in the pairs, so that "word at the start of a clause" is counted.
func readSOTU(dir string, counts map[string]int, pairs map[[2]string]int) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		count(string(b), counts, pairs)
	}
	return nil
}

// readWordNet adds the glosses and example sentences of WordNet's data
// files (the text after "| " on each synset line): modern and technical
// vocabulary the addresses lack ("auction", "software").
func readWordNet(dir string, counts map[string]int, pairs map[[2]string]int) error {
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		b, err := os.ReadFile(filepath.Join(dir, "data."+pos))
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if _, gloss, ok := strings.Cut(line, "| "); ok && !strings.HasPrefix(line, "  ") {
				count(gloss, counts, pairs)
			}
		}
	}
	return nil
}

// count adds the words and word pairs of text.
func count(text string, counts map[string]int, pairs map[[2]string]int) {
	prev := "."
	for _, tok := range tokens(text) {
		if tok != "." {
			counts[tok]++
		}
		if !(tok == "." && prev == ".") {
			pairs[[2]string{prev, tok}]++
		}
		prev = tok
	}
	if prev != "." {
		pairs[[2]string{prev, "."}]++
	}
}

// tokens splits text into lower-case words and "." boundaries.
func tokens(text string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, strings.Trim(cur.String(), "'"))
			cur.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			cur.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			if cur.Len() > 0 {
				cur.WriteByte('\'')
			}
		case unicode.IsSpace(r) || r == '-' || r == '"':
			flush()
		default:
			flush()
			if len(out) > 0 && out[len(out)-1] != "." {
				out = append(out, ".")
			}
		}
	}
	flush()
	return out
}
