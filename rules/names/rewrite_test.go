package names

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// A rewriter does what a strings.Replacer of the same pairs does, on every
// string of the letters the pairs are made of and on names.
func TestRewriteIsReplacer(t *testing.T) {
	inputs := []string{"", "kadhafi", "soleimani", "tchaikovsky", "ouzbek", "joshua", "shaykh", "ééq", "yy", "c", "tschech", "tcha"}
	rng := rand.New(rand.NewPCG(1, 2))
	const letters = "abcdeghijklopqstuwyzCSJE"
	for range 5000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		inputs = append(inputs, string(b))
	}
	for _, w := range []*rewriter{rewrites, chRewrites} {
		want := strings.NewReplacer(w.pairs...)
		for _, s := range inputs {
			if got, r := string(w.appendTo(nil, []byte(s))), want.Replace(s); got != r {
				t.Fatalf("rewrite(%q) = %q, want %q", s, got, r)
			}
		}
	}
}
