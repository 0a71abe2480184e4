package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules/typo/internal/prior"
)

// priorScale stretches the priors, set for the 1.8 million words of the
// addresses, to the size of the counted text.
var priorScale = 1.0

func freq(e entry) float64 { return float64(e.count) + prior.Class(e.class)*priorScale }

// writeNearMisses lists, for each lower-case word, the words one edit away
// (Damerau) that are at least ten times as frequent: the real words a typist
// most likely meant when this one appears. Plural and possessive pairs are
// left out: which of those is right is grammar, not spelling.
func nearMisses(lex map[string]entry) map[string][]string {
	out := map[string][]string{}
	for _, word := range sortedKeys(lex) {
		if !plain(word) || len(word) < 3 {
			continue
		}
		fw := freq(lex[word])
		var cands []string
		for c := range edits1(word) {
			e, ok := lex[c]
			if ok && plain(c) && len(c) >= 3 && freq(e) >= 10*fw && !inflection(word, c) {
				cands = append(cands, c)
			}
		}
		if len(cands) == 0 {
			continue
		}
		sort.Slice(cands, func(i, j int) bool {
			fi, fj := freq(lex[cands[i]]), freq(lex[cands[j]])
			return fi > fj || fi == fj && cands[i] < cands[j]
		})
		if len(cands) > 4 {
			cands = cands[:4]
		}
		out[word] = cands
	}
	return out
}

// writeNearMisses writes nearmiss.tsv.gz: "word TAB alternatives".
func writeNearMisses(path string, near map[string][]string) error {
	return create(path, func(w *bufio.Writer) {
		for _, word := range sortedKeys(near) {
			fmt.Fprintf(w, "%s\t%s\n", word, strings.Join(near[word], " "))
		}
	})
}

// plain is a lower-case ASCII word.
func plain(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func inflection(a, b string) bool {
	for _, s := range []string{"s", "d"} {
		if a+s == b || b+s == a {
			return true
		}
	}
	return false
}

// edits1 returns the strings one deletion, transposition, substitution or
// insertion (of a-z) away from w.
func edits1(w string) map[string]bool {
	out := map[string]bool{}
	for i := 0; i <= len(w); i++ {
		l, r := w[:i], w[i:]
		if r != "" {
			out[l+r[1:]] = true
		}
		if len(r) > 1 {
			out[l+string(r[1])+string(r[0])+r[2:]] = true
		}
		for c := byte('a'); c <= 'z'; c++ {
			if r != "" {
				out[l+string(c)+r[1:]] = true
			}
			out[l+string(c)+r] = true
		}
	}
	delete(out, w)
	return out
}
