package all

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/config"
)

// TestDefaultsValid: every rule's default options pass its own validation.
func TestDefaultsValid(t *testing.T) {
	cfg, err := config.Load("")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cfg.Resolve(List()); err != nil {
		t.Fatal(err)
	}
}

// TestOptionRanges: each rule's options are checked as the config is
// loaded, and an out-of-range value is reported at its place in the file.
func TestOptionRanges(t *testing.T) {
	tests := []struct{ body, want string }{
		{"rules:\n  duplicate-block:\n    similarity: 7\n", `:3:17: rules.duplicate-block.similarity: must be in (0, 1], not 7`},
		{"rules:\n  duplicate-block:\n    similarity: 0\n", `:3:17: rules.duplicate-block.similarity: must be in (0, 1], not 0`},
		{"rules:\n  duplicate-block:\n    similarity: .nan\n", `:3:17: rules.duplicate-block.similarity: must be in (0, 1], not NaN`},
		{"rules:\n  duplicate-block:\n    min_words: 0\n", `:3:16: rules.duplicate-block.min_words: must be at least 1, not 0`},
		{"rules:\n  duplicate-block:\n    min_words: -5\n", `:3:16: rules.duplicate-block.min_words: must be at least 1, not -5`},
		{"rules:\n  typo:\n    suggestions: -3\n", `:3:18: rules.typo.suggestions: must be 0 or more, not -3`},
		{"rules:\n  dash:\n    dash: banana\n", `:3:11: rules.dash.dash: must be auto, em, spaced-em, spaced-en or spaced-hyphen, not "banana"`},
		{"rules:\n  apostrophe-style:\n    style: fancy\n", `:3:12: rules.apostrophe-style.style: must be auto, curly or straight, not "fancy"`},
		{"rules:\n  name-spelling:\n    al_prefix: sometimes\n", `:3:16: rules.name-spelling.al_prefix: must be keep, drop or either, not "sometimes"`},
		{"rules:\n  name-spelling:\n    max_distance: 1\n", `:3:19: rules.name-spelling.max_distance: must be in [0, 1), not 1`},
		{"rules:\n  name-spelling:\n    min_length: -1\n", `:3:17: rules.name-spelling.min_length: must be 0 or more, not -1`},
		{"overrides:\n  - files: [wire/**]\n    rules:\n      dash: {dash: long}\n", `:4:20: overrides[0].rules.dash.dash: must be auto, em, spaced-em, spaced-en or spaced-hyphen, not "long"`},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(strings.TrimSpace(tt.body), "\n", " "), func(t *testing.T) {
			p := filepath.Join(t.TempDir(), ".copydesk.yml")
			if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg, err := config.Load(p)
			if err != nil {
				t.Fatal(err)
			}
			_, err = cfg.Resolve(List())
			if err == nil {
				_, err = cfg.ResolveOverrides(List())
			}
			if err == nil || err.Error() != p+tt.want {
				t.Errorf("error %v\nwant     %s%s", err, p, tt.want)
			}
		})
	}
	good := "rules:\n  duplicate-block: {similarity: 1, min_words: 1}\n  typo: {suggestions: 0}\n" +
		"  dash: {dash: spaced-en}\n  apostrophe-style: {style: auto}\n  name-spelling: {max_distance: 0, min_length: 0, al_prefix: drop}\n"
	p := filepath.Join(t.TempDir(), ".copydesk.yml")
	if err := os.WriteFile(p, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(p)
	if err == nil {
		_, err = cfg.Resolve(List())
	}
	if err != nil {
		t.Errorf("values at the edges of their ranges: %v", err)
	}
}
