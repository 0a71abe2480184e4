package config_test

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/config"
)

// TestSetLanguage: a request's language is set as the file's key would be
// (British spellings follow it), and one that is not English is refused.
func TestSetLanguage(t *testing.T) {
	cfg, err := config.Load(writeConfig(t, "language: en-US\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.SetLanguage("en-GB"); err != nil {
		t.Fatal(err)
	}
	if cfg.Language != "en-GB" || !cfg.LanguageSet() || !cfg.British() {
		t.Errorf("after SetLanguage(en-GB): %s, set %v, British %v", cfg.Language, cfg.LanguageSet(), cfg.British())
	}
	if err := cfg.SetLanguage("fr-FR"); err == nil || !strings.Contains(err.Error(), "not an English") {
		t.Errorf("fr-FR: %v", err)
	}
}

// TestAddNames: names from a request join the file's, unless one is not a
// name or contradicts the file's list; the error says where it came from.
func TestAddNames(t *testing.T) {
	cfg, err := config.Load(writeConfig(t, "names:\n  - preferred: Zelenskyy\n    variants: [Zelensky]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.AddNames("request", []rules.NameEntry{{Preferred: "al-Sudani", Variants: []string{"Sudani"}}}); err != nil {
		t.Fatal(err)
	}
	sh, err := cfg.Shared()
	if err != nil || len(sh.Names) != 2 {
		t.Fatalf("names after adding: %v (%v)", sh, err)
	}
	for _, bad := range []struct {
		e    rules.NameEntry
		says string
	}{
		{rules.NameEntry{Preferred: "a<b>"}, "request: names[0].preferred"},
		{rules.NameEntry{Preferred: "Zelensky"}, "also listed as a variant"},
	} {
		if err := cfg.AddNames("request", []rules.NameEntry{bad.e}); err == nil || !strings.Contains(err.Error(), bad.says) {
			t.Errorf("%+v: %v, want %q", bad.e, err, bad.says)
		}
	}
	if len(cfg.Names) != 2 {
		t.Errorf("refused names were added: %v", cfg.Names)
	}
}
