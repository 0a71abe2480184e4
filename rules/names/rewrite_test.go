package names

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// rewrite does what a strings.Replacer of the same pairs does, on every
// string of the letters the pairs are made of and on names.
func TestRewriteIsReplacer(t *testing.T) {
	want := strings.NewReplacer(rewrites...)
	inputs := []string{"", "kadhafi", "soleimani", "tchaikovsky", "ouzbek", "joshua", "shaykh", "ééq", "yy", "c"}
	rng := rand.New(rand.NewPCG(1, 2))
	const letters = "abcdeghijklopqstuwyzCSJE"
	for range 5000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		if got, w := rewrite(s), want.Replace(s); got != w {
			t.Fatalf("rewrite(%q) = %q, want %q", s, got, w)
		}
	}
}
