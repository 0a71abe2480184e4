package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
)

type testOptions struct {
	rules.Settings `yaml:",inline"`
	MinWords       int      `yaml:"min_words"`
	Ratio          float64  `yaml:"ratio"`
	Words          []string `yaml:"words"`
}

func (o *testOptions) Validate() error {
	if o.MinWords < 1 {
		return rules.BadOption("min_words", "must be at least 1, not %d", o.MinWords)
	}
	return nil
}

var testRule = &rules.Rule{ID: "test-rule", Severity: rules.Warning, Default: true,
	NewOptions: func() rules.Options { return &testOptions{MinWords: 3} },
	Run:        func(*rules.Pass) error { return nil }}

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), ".copydesk.yml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConfigGood(t *testing.T) {
	p := writeConfig(t, "language: en-GB\nexclude: [\"drafts/**\"]\nrules:\n  test-rule:\n    severity: error\n    min_words: 5\n")
	cfg, err := rules.LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.British() {
		t.Error("en-GB should be British")
	}
	rcs, err := cfg.Resolve([]*rules.Rule{testRule})
	if err != nil {
		t.Fatal(err)
	}
	rc := rcs[0]
	if !rc.Enabled || rc.Severity != rules.Error || !rc.SeverityFixed || rc.Options.(*testOptions).MinWords != 5 {
		t.Errorf("resolved %+v (options %+v)", rc, rc.Options)
	}
	if cfg.Selects("drafts/a.md") || !cfg.Selects("news/a.md") {
		t.Error("exclude glob not applied")
	}
}

// TestConfigErrors: a bad key or value names the file, the line and the key.
func TestConfigErrors(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"unknown top key", "language: en-US\nlanguge: en-GB\n", ":2:"},
		{"unknown rule", "rules:\n  tyop:\n    enabled: false\n", `unknown rule "tyop"`},
		{"unknown option", "rules:\n  test-rule:\n    min_wrds: 3\n", ":3:"},
		{"bad severity", "rules:\n  test-rule:\n    severity: fatal\n", "severity"},
		{"bad language", "language: fr-FR\n", ":1:"},
		{"bad type", "rules:\n  test-rule:\n    min_words: lots\n", ":3:"},
		{"bad glob", "exclude: [\"a[\"]\n", "exclude"},
		{"not yaml", "rules: [\n", ".copydesk.yml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeConfig(t, tt.body)
			cfg, err := rules.LoadConfig(p)
			if err == nil {
				_, err = cfg.Resolve([]*rules.Rule{testRule})
			}
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q should name %s and contain %q", err, p, tt.want)
			}
		})
	}
}

func TestFindConfig(t *testing.T) {
	p := writeConfig(t, "language: en-US\n")
	sub := filepath.Join(filepath.Dir(p), "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := rules.FindConfig(sub); got != p {
		t.Errorf("FindConfig = %q, want %q", got, p)
	}
}

// TestOverrides: per-path settings change a rule for the files they match.
func TestOverrides(t *testing.T) {
	p := writeConfig(t, "rules:\n  test-rule:\n    min_words: 5\noverrides:\n  - files: [\"wire/**\"]\n    rules:\n      test-rule:\n        enabled: false\n")
	cfg, err := rules.LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	os, err := cfg.ResolveOverrides([]*rules.Rule{testRule})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(p)
	if len(os) != 1 || !os[0].Matches(filepath.Join(dir, "wire", "a.txt")) || os[0].Matches(filepath.Join(dir, "news", "a.txt")) {
		t.Fatalf("overrides = %+v", os)
	}
	rc := os[0].Rules["test-rule"]
	if rc.Enabled || rc.Options.(*testOptions).MinWords != 5 {
		t.Errorf("override = %+v: want disabled with the base options kept", rc)
	}
	bad := writeConfig(t, "overrides:\n  - files: [a]\n    rules:\n      nope: {}\n")
	cfg, err = rules.LoadConfig(bad)
	if err == nil {
		_, err = cfg.ResolveOverrides([]*rules.Rule{testRule})
	}
	if err == nil || !strings.Contains(err.Error(), bad+":4:") {
		t.Errorf("unknown rule in an override: err = %v", err)
	}
}

// loadAll loads a config and resolves everything a run resolves, returning
// the first error.
func loadAll(p string) error {
	cfg, err := rules.LoadConfig(p)
	if err != nil {
		return err
	}
	if _, err := cfg.Resolve([]*rules.Rule{testRule}); err != nil {
		return err
	}
	if _, err := cfg.ResolveOverrides([]*rules.Rule{testRule}); err != nil {
		return err
	}
	_, err = cfg.Shared()
	return err
}

// TestConfigErrorPlaces: every config error names the line and column of the
// offending key or value, and the key path.
func TestConfigErrorPlaces(t *testing.T) {
	tests := []loadCase{
		{"unknown rule at its key",
			"rules:\n  test-rule:\n    min_words: 4\n  nosuch:\n    severity: info\n",
			`:4:3: rules: unknown rule "nosuch"`},
		{"unknown rule in an override at its key",
			"overrides:\n  - files: [a]\n    rules:\n      nosuch:\n        severity: info\n",
			`:4:7: overrides[0].rules: unknown rule "nosuch"`},
		{"missing dictionary file",
			"dictionary_files:\n  - nope.txt\n",
			`:2:5: dictionary_files: cannot read `},
		{"missing names file",
			"names_files: [names.yml, nope.yml]\n",
			`:1:26: names_files: cannot read `},
		{"bad glob in an override",
			"overrides:\n  - files: [a, \"b[\"]\n",
			`:2:16: overrides[0].files: bad glob pattern "b["`},
		{"override without files",
			"overrides:\n  - files: [a]\n  - rules:\n      test-rule:\n        enabled: false\n",
			`:3:5: overrides[1]: an override needs files`},
		{"override with empty files",
			"overrides:\n  - files: []\n",
			`:2:12: overrides[0]: an override needs files`},
		{"bad exclude glob",
			"exclude:\n  - a\n  - \"b[\"\n",
			`:3:5: exclude: bad glob pattern "b["`},
	}
	wantLoadErrors(t, tests, func(t *testing.T, dir string) {
		if err := os.WriteFile(filepath.Join(dir, "names.yml"), []byte("- preferred: Ann\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	})
}

// TestSharedFiles: dictionary and names files may start with a byte-order
// mark, and dictionary files take whole-line and trailing # comments.
func TestSharedFiles(t *testing.T) {
	p := writeConfig(t, "\ufeffdictionary: [Yarallah]\ndictionary_files: [words.txt]\nnames_files: [names.yml]\n")
	dir := filepath.Dir(p)
	files := map[string]string{
		"words.txt": "\ufeffKurilla\n# a comment\n  # an indented comment\nQayyarah  # trailing note\nC#\nF# minor\t# key\r\nSinjar\t#tab note\n\n   \nlast",
		"names.yml": "\ufeff- preferred: Muammar Gaddafi\n  variants: [Qadhafi]\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := rules.LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	sh, err := cfg.Shared()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Yarallah", "Kurilla", "Qayyarah", "C#", "F# minor", "Sinjar", "last"}
	if strings.Join(sh.Dictionary, "|") != strings.Join(want, "|") {
		t.Errorf("dictionary = %q, want %q", sh.Dictionary, want)
	}
	if len(sh.Names) != 1 || sh.Names[0].Preferred != "Muammar Gaddafi" {
		t.Errorf("names = %+v", sh.Names)
	}
}

// TestConfigTypeErrors: a value of the wrong kind is reported at the value,
// with its key path and what was wanted, in the config's terms, not Go's.
func TestConfigTypeErrors(t *testing.T) {
	tests := []loadCase{
		{"text for a number", "rules:\n  test-rule:\n    min_words: lots\n",
			`:3:16: rules.test-rule.min_words: want a whole number, not "lots"`},
		{"fraction for a whole number", "rules:\n  test-rule:\n    min_words: 3.5\n",
			`:3:16: rules.test-rule.min_words: want a whole number, not 3.5`},
		{"huge number", "rules:\n  test-rule:\n    min_words: 9223372036854775808\n",
			`:3:16: rules.test-rule.min_words: 9223372036854775808 is too large`},
		{"text for a fraction", "rules:\n  test-rule: {ratio: high}\n",
			`:2:22: rules.test-rule.ratio: want a number, not "high"`},
		{"text for a boolean", "rules:\n  test-rule:\n    enabled: yes please\n",
			`:3:14: rules.test-rule.enabled: want true or false, not "yes please"`},
		{"number for a boolean", "rules:\n  test-rule:\n    enabled: 1\n",
			`:3:14: rules.test-rule.enabled: want true or false, not 1`},
		{"list for text", "rules:\n  test-rule:\n    severity: [info]\n",
			`:3:15: rules.test-rule.severity: want text, not a list`},
		{"text for a list", "rules:\n  test-rule:\n    words: lots\n",
			`:3:12: rules.test-rule.words: want a list, not "lots"`},
		{"list in a list", "rules:\n  test-rule:\n    words: [a, [b]]\n",
			`:3:16: rules.test-rule.words[1]: want text, not a list`},
		{"number for a rule", "rules:\n  test-rule: 5\n",
			`:2:14: rules.test-rule: want a mapping (key: value pairs), not 5`},
		{"number for rules", "rules: 5\n",
			`:1:8: rules: want a mapping (key: value pairs), not 5`},
		{"mapping for the language", "language: {tag: en}\n",
			`:1:11: language: want text, not a mapping`},
		{"text for override files", "overrides:\n  - files: wire\n",
			`:2:12: overrides[0].files: want a list, not "wire"`},
		{"in an override", "overrides:\n  - files: [a]\n    rules:\n      test-rule: {enabled: maybe}\n",
			`:4:28: overrides[0].rules.test-rule.enabled: want true or false, not "maybe"`},
		{"bad severity in an override", "overrides:\n  - files: [a]\n    rules:\n      test-rule:\n        severity: fatal\n",
			`:5:19: overrides[0].rules.test-rule.severity: unknown severity "fatal"`},
		{"a list for the file", "- a\n",
			`:1:1: want a mapping (key: value pairs), not a list`},
	}
	wantLoadErrors(t, tests, nil)
}

// TestNamesFileTypeErrors: a names file's errors name that file and the
// entry's place in the list.
func TestNamesFileTypeErrors(t *testing.T) {
	p := writeConfig(t, "names_files: [names.yml]\n")
	names := filepath.Join(filepath.Dir(p), "names.yml")
	if err := os.WriteFile(names, []byte("- preferred: Ann\n- preferred: Bob\n  variants: Rob\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := names + `:3:13: names[1].variants: want a list, not "Rob"`
	if err := loadAll(p); err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}

// TestOptionValidation: options are validated as the config is loaded, and
// a bad value is reported where it is set, with its key path.
func TestOptionValidation(t *testing.T) {
	tests := []loadCase{
		{"in rules", "rules:\n  test-rule:\n    min_words: 0\n",
			`:3:16: rules.test-rule.min_words: must be at least 1, not 0`},
		{"in an override", "rules:\n  test-rule: {min_words: 5}\noverrides:\n  - files: [a]\n    rules:\n      test-rule:\n        min_words: -2\n",
			`:7:20: overrides[0].rules.test-rule.min_words: must be at least 1, not -2`},
		{"in rules, with an override setting another key", "rules:\n  test-rule: {min_words: 0}\noverrides:\n  - files: [a]\n    rules:\n      test-rule: {enabled: false}\n",
			`:2:26: rules.test-rule.min_words: must be at least 1, not 0`},
	}
	wantLoadErrors(t, tests, nil)
}

// TestNamesEntries: a names entry needs its preferred spelling, in the
// config and in names files.
func TestNamesEntries(t *testing.T) {
	tests := []loadCase{
		{"variants without preferred", "names:\n  - preferred: Muammar Gaddafi\n  - variants: [Qadhafi]\n",
			`:3:5: names[1]: missing preferred, the spelling its variants are corrected to`},
		{"an empty preferred", "names:\n  - preferred: \"\"\n    variants: [Qadhafi]\n",
			`:2:16: names[0]: missing preferred`},
	}
	wantLoadErrors(t, tests, nil)
	p := writeConfig(t, "names_files: [names.yml]\n")
	names := filepath.Join(filepath.Dir(p), "names.yml")
	if err := os.WriteFile(names, []byte("- preferred: Ann\n- {variants: [Anne]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := names + ":2:3: names[1]: missing preferred"
	if err := loadAll(p); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("names file: error %v, want it to start %s", err, want)
	}
}

// loadCase is a config body and the start of the error loading it gives,
// after the config's path.
type loadCase struct{ name, body, want string }

// wantLoadErrors loads each case's config (after setup, if any, has put
// files beside it) and checks its error.
func wantLoadErrors(t *testing.T, tests []loadCase, setup func(t *testing.T, dir string)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeConfig(t, tt.body)
			if setup != nil {
				setup(t, filepath.Dir(p))
			}
			err := loadAll(p)
			if err == nil || !strings.HasPrefix(err.Error(), p+tt.want) {
				t.Errorf("error %v\nwant it to start %s%s", err, p, tt.want)
			}
		})
	}
}
