package config_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/config"
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
	cfg, err := config.Load(p)
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
			cfg, err := config.Load(p)
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
	if got := config.Find(sub); got != p {
		t.Errorf("Find = %q, want %q", got, p)
	}
}

// TestOverrides: per-path settings change a rule for the files they match.
func TestOverrides(t *testing.T) {
	p := writeConfig(t, "rules:\n  test-rule:\n    min_words: 5\noverrides:\n  - files: [\"wire/**\"]\n    rules:\n      test-rule:\n        enabled: false\n")
	cfg, err := config.Load(p)
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
	cfg, err = config.Load(bad)
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
	cfg, err := config.Load(p)
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
	cfg, err := config.Load(p)
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

// TestConfigLimits: hostile configs, generated here, are refused by their
// size or depth before the YAML parser sees them (which took 15 GB for 200
// KB of nested "["), with an error naming the file, the place and the limit.
func TestConfigLimits(t *testing.T) {
	stairs := func(n int, item string) string { // each line indented past the last
		var b strings.Builder
		for i := range n {
			b.WriteString(strings.Repeat("  ", i) + item + "\n")
		}
		return b.String()
	}
	tests := []loadCase{
		{"200 KB of nested [", "rules: " + strings.Repeat("[", 200_000) + "\n",
			":1:39: nested more than 32 deep, the limit for lists and mappings"},
		{"nested flow mappings", "rules: " + strings.Repeat("{a: ", 50_000) + "\n",
			":1:132: nested more than 32 deep"},
		{"nested block mappings", stairs(1000, "a:"), ":33:65: nested more than 32 deep"},
		{"nested block lists", "dictionary:\n" + stairs(1000, "-"), ":33:63: nested more than 32 deep"},
		{"lists nested on one line", "dictionary:\n" + strings.Repeat("- ", 1000) + "a\n", ":2:63: nested more than 32 deep"},
	}
	wantLoadErrors(t, tests, nil)
	p := writeConfig(t, "# "+strings.Repeat("x", 1<<20)+"\n")
	want := "reading config: " + p + " is larger than 1 MiB, the limit for a config file"
	if _, err := config.Load(p); err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}

// TestConfigDepthBoundary: 32 levels are read (the error is about the
// value, not its depth), 33 are refused; brackets in quotes, comments and
// block text are not nesting.
func TestConfigDepthBoundary(t *testing.T) {
	deep := func(n int) string { // rules plus n-1 flow lists: n levels
		return "rules: " + strings.Repeat("[", n-1) + strings.Repeat("]", n-1) + "\n"
	}
	if err := loadAll(writeConfig(t, deep(32))); err == nil || strings.Contains(err.Error(), "nested") {
		t.Errorf("32 levels: error %v, want a type error", err)
	}
	if err := loadAll(writeConfig(t, deep(33))); err == nil || !strings.Contains(err.Error(), "nested more than 32 deep") {
		t.Errorf("33 levels: error %v, want the depth refused", err)
	}
	brackets := strings.Repeat("[{", 40)
	ok := "# " + brackets + "\ndictionary:\n  - \"" + brackets + "\"\n  - '" + brackets + "'\n" +
		"rules:\n  test-rule:\n    words:\n      - |\n" + stairs(40) + "exclude: [\"a/**\",\n  \"b/**\"]\n"
	if err := loadAll(writeConfig(t, ok)); err != nil {
		t.Errorf("brackets in text: %v", err)
	}
}

// stairs is n lines of text, each indented past the one before, inside a
// block scalar indented by 8.
func stairs(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("        " + strings.Repeat(" ", i) + "the\n")
	}
	return b.String()
}

// TestListFileLimits: names and dictionary files over their limits, binary
// or not UTF-8 are refused with an error naming the file.
func TestListFileLimits(t *testing.T) {
	files := map[string]func(t *testing.T, path string){
		"big.txt":    func(t *testing.T, p string) { sparse(t, p, config.MaxDictionarySize+1) },
		"big.yml":    func(t *testing.T, p string) { sparse(t, p, config.MaxNamesFileSize+1) },
		"bin.txt":    write("Kurilla\nab\x00\x01\x02"),
		"latin1.txt": write("Kurilla\nSin\xe9ad\n"),
		"zwsp.txt":   write("Kurilla\n  Qay\u200byarah # note\n"),
		"bin.yml":    write("- preferred: Ann\n\x00\x00\x00"),
		"deep.yml":   write("- preferred: Ann\n  variants: " + strings.Repeat("[", 40) + "\n"),
	}
	setup := func(t *testing.T, dir string) {
		for name, mk := range files {
			mk(t, filepath.Join(dir, name))
		}
	}
	tests := []loadCase{
		{"big dictionary file", "dictionary_files: [big.txt]\n",
			":1:20: dictionary_files: "}, // then the path, checked below
		{"big names file", "names_files: [big.yml]\n", ":1:15: names_files: "},
	}
	wantLoadErrors(t, tests, setup)
	for _, tt := range []struct{ config, file, want string }{
		{"dictionary_files: [big.txt]\n", "big.txt", " is larger than 16 MiB, the limit for a dictionary file"},
		{"names_files: [big.yml]\n", "big.yml", " is larger than 4 MiB, the limit for a names file"},
		{"dictionary_files: [bin.txt]\n", "bin.txt", ":2:3: control character U+0000: a dictionary file must be text, not binary"},
		{"dictionary_files: [latin1.txt]\n", "latin1.txt", ":2:4: not UTF-8 text (byte 0xe9): a dictionary file must be UTF-8 text"},
		{"dictionary_files: [zwsp.txt]\n", "zwsp.txt", `:2:3: "Qay\u200byarah" has U+200B, an invisible or unassigned character`},
		{"names_files: [bin.yml]\n", "bin.yml", ":2:1: control character U+0000: a names file must be text, not binary"},
		{"names_files: [deep.yml]\n", "deep.yml", ":2:43: nested more than 32 deep"},
	} {
		p := writeConfig(t, tt.config)
		setup(t, filepath.Dir(p))
		want := filepath.Join(filepath.Dir(p), tt.file) + tt.want
		if err := loadAll(p); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v\nwant it to contain %s", tt.file, err, want)
		}
	}
}

// sparse makes a file of size bytes without writing them.
func sparse(t *testing.T, path string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
}

// write makes a file with the given text.
func write(body string) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestNameSpellings: a preferred spelling or variant that could not be a
// name (a NUL that fix would write into articles, markup, invisible
// characters) is refused at its place; names in any script are read.
func TestNameSpellings(t *testing.T) {
	tests := []loadCase{
		{"NUL in preferred", "names:\n  - preferred: \"Gad\\x00dafi\"\n",
			`:2:16: names[0].preferred: "Gad\x00dafi" has U+0000, a control character`},
		{"escape in a variant", "names:\n  - preferred: Gaddafi\n    variants: [Qadhafi, \"\\e[31mGadhafi\"]\n",
			`:3:25: names[0].variants[1]: "\x1b[31mGadhafi" has U+001B, a control character`},
		{"markup", "names:\n  - preferred: \"<b>Gaddafi</b>\"\n",
			`:2:16: names[0].preferred: "<b>Gaddafi</b>" has '<' (U+003C), which is not part of a name`},
		{"zero-width space", "names:\n  - preferred: Gaddafi\n    variants:\n      - \"Gad\\u200bdafi\"\n",
			`:4:9: names[0].variants[0]: "Gad\u200bdafi" has U+200B, an invisible or unassigned character`},
		{"no letter", "names:\n  - preferred: \"1066\"\n",
			`:2:16: names[0].preferred: "1066" has no letter`},
		{"a variant of its own", "names:\n  - preferred: Muammar Gaddafi\n    variants: [Qadhafi, Muammar  Gaddafi]\n",
			`:3:25: names[0].variants[1]: "Muammar Gaddafi" is the entry's own preferred spelling`},
		{"a variant of two names", "names:\n  - preferred: Gaddafi\n    variants: [Qadhafi]\n  - preferred: Kadafi\n    variants: [Qadhafi]\n",
			`:5:16: names[1].variants[0]: "Qadhafi" is also listed as a variant of "Gaddafi" (`},
		{"a preferred spelling listed before as a variant", "names:\n  - preferred: Gaddafi\n    variants: [Qadhafi]\n  - preferred: Qadhafi\n",
			`:4:16: names[1].preferred: "Qadhafi" is also listed as a variant of "Gaddafi" (`},
		{"a variant listed before as a preferred spelling", "names:\n  - preferred: Qadhafi\n  - preferred: Gaddafi\n    variants: [Qadhafi]\n",
			`:4:16: names[1].variants[0]: "Qadhafi" is also listed as a preferred spelling (`},
		{"invisible dictionary word", "dictionary: [\"Kur\\u202eilla\"]\n",
			`:1:14: dictionary[0]: "Kur\u202eilla" has U+202E, an invisible or unassigned character`},
		{"NUL in a rejected word's replacement", "rejected:\n  colour: \"col\\x00or\"\n",
			`:2:11: rejected.colour: "col\x00or" has U+0000, a control character`},
	}
	wantLoadErrors(t, tests, nil)
	good := "names:\n  - preferred: Sinéad O’Connor\n    variants: [Sinead O'Connor]\n" +
		"  - preferred: Muammar al-Gaddafi\n    variants: [Moammar Gadhafi, Mu‘ammar al-Qadhdhāfī]\n" +
		"  - preferred: Jean-Luc Mélenchon\n  - preferred: 50 Cent\n  - preferred: Владимир Путин\n" +
		"  - preferred: محمد بن سلمان\n  - preferred: می\u200cخواهم\n  - preferred: Martin Luther King, Jr.\n" +
		"  - preferred: Gaddafi\n    variants: [Qadhafi]\n  - preferred: Gaddafi\n    variants: [Qadhafi, Kadafi]\n"
	if err := loadAll(writeConfig(t, good)); err != nil {
		t.Errorf("names that are names: %v", err)
	}
}

// TestNameConflictsAcrossFiles: a contradiction between the config's names
// and a names file is reported in the file, naming the config's entry.
func TestNameConflictsAcrossFiles(t *testing.T) {
	p := writeConfig(t, "names:\n  - preferred: Gaddafi\n    variants: [Qadhafi]\nnames_files: [names.yml]\n")
	names := filepath.Join(filepath.Dir(p), "names.yml")
	write("- preferred: Kadafi\n  variants: [Qadhafi]\n")(t, names)
	want := names + `:2:14: names[0].variants[0]: "Qadhafi" is also listed as a variant of "Gaddafi" (` + p + ":3:16)"
	if err := loadAll(p); err == nil || err.Error() != want {
		t.Errorf("error %v\nwant %s", err, want)
	}
}

// BenchmarkHostileConfig is the cost of refusing 200 KB of nested "[":
// one pass of the YAML lexer (before the limit the parse took 15 GB).
func BenchmarkHostileConfig(b *testing.B) {
	p := filepath.Join(b.TempDir(), ".copydesk.yml")
	if err := os.WriteFile(p, []byte("rules: "+strings.Repeat("[", 200_000)+"\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := config.Load(p); err == nil {
			b.Fatal("loaded")
		}
	}
}

// TestConfigAliases: an alias may repeat an anchor's settings, but aliases
// that stand for more than MaxAliasNodes values in all (a small file that
// decoded for minutes) are refused at the alias that passes the limit.
func TestConfigAliases(t *testing.T) {
	ok := "rules:\n  test-rule: &r {min_words: 4}\noverrides:\n  - files: [a]\n    rules:\n      test-rule: *r\n"
	if err := loadAll(writeConfig(t, ok)); err != nil {
		t.Errorf("an alias of rule settings: %v", err)
	}
	var b strings.Builder
	b.WriteString("names:\n  - preferred: Ann\n    variants: &v [")
	for i := range 10_000 {
		fmt.Fprintf(&b, "V%d, ", i)
	}
	b.WriteString("V]\n")
	for i := range 20 {
		fmt.Fprintf(&b, "  - {preferred: P%d, variants: *v}\n", i)
	}
	// Each alias stands for the list and its 10,001 items: the tenth (line
	// 13) passes the limit.
	wantLoadErrors(t, []loadCase{{"an alias of a long list, many times", b.String(),
		":13:31: aliases repeat more than 100000 values, the limit for a file"}}, nil)
}
