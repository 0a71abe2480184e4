package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// entry is one lexicon word as the generator knows it.
type entry struct {
	class int    // smallest SCOWL size class the word is in
	flag  string // "u" American-only, "b" British-only, "z" accepted in both (Oxford -ize)
	count int    // occurrences in the SOTU text, case folded
}

// The SCOWL list families read, and what they say about spelling variety.
// "english" lists hold words common to every variety; "american" and
// "british" the spellings of one; "british_z" British with -ize (Oxford).
var families = []string{"english", "american", "british", "british_z", "variant_1", "variant_2",
	"british_variant_1", "british_variant_2"}

// alternates are the families of accepted but less usual spellings
// ("focussed", "protestors", "hardline"): never wrong, so never flagged.
var alternates = []string{"variant_1", "variant_2", "british_variant_1", "british_variant_2"}

var kinds = []string{"words", "upper", "proper-names", "abbreviations", "contractions"}

var classes = []int{10, 20, 35, 40, 50, 55, 60, 70, 80, 95}

func readSCOWL(dir string) (map[string]entry, error) {
	in := map[string]map[string]int{} // family → word → class
	for _, fam := range families {
		in[fam] = map[string]int{}
		for _, k := range kinds {
			for _, c := range classes {
				p := filepath.Join(dir, fam+"-"+k+"."+strconv.Itoa(c))
				if err := readList(p, c, in[fam]); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(in["english"]) == 0 {
		return nil, fmt.Errorf("no SCOWL lists in %s (apt-get install scowl)", dir)
	}
	lex := map[string]entry{}
	add := func(w string, c int, flag string) {
		e, ok := lex[w]
		if !ok || c < e.class {
			e.class = c
		}
		if !ok {
			e.flag = flag
		}
		lex[w] = e
	}
	for w, c := range in["english"] {
		add(w, c, "")
	}
	for w, c := range in["american"] {
		switch {
		case has(in["english"], w):
		case has(in["british_z"], w):
			add(w, c, "z")
		default:
			add(w, c, "u")
		}
	}
	for w, c := range in["british"] {
		if !has(in["english"], w) && !has(in["american"], w) {
			add(w, c, "b")
		}
	}
	for w, c := range in["british_z"] {
		if _, ok := lex[w]; !ok {
			add(w, c, "b")
		}
	}
	for _, fam := range alternates {
		for w, c := range in[fam] {
			if _, ok := lex[w]; !ok {
				add(w, c, "")
			}
		}
	}
	return lex, nil
}

func has(m map[string]int, w string) bool { _, ok := m[w]; return ok }

// readList adds the words of one SCOWL file; a missing file is fine (not
// every family has every class). Possessives are left out: the rule checks
// the word before 's.
func readList(path string, class int, into map[string]int) error {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasSuffix(w, "'s") {
			continue
		}
		if c, ok := into[w]; !ok || class < c {
			into[w] = class
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func lower(s string) string { return strings.ToLower(s) }
