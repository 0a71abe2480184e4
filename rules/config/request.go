package config

import "github.com/copydesk/copydesk/rules"

// Settings given outside any file: what one request to `copydesk serve`
// asks for over the configuration, checked as the file's own would be.

// SetLanguage makes lang the house language, as the language key would.
func (c *Config) SetLanguage(lang string) error {
	tag, err := parseLanguage(lang)
	if err != nil {
		return err
	}
	c.Language, c.tag, c.languageSet = lang, tag, true
	return nil
}

// AddNames adds names entries to the configuration's own list. from says
// where they came from ("request"), for errors: an entry that is not a name,
// or that contradicts the configuration's own names, is refused.
func (c *Config) AddNames(from string, entries []rules.NameEntry) error {
	l := namesList{path: from, entries: entries, keyPath: "names"}
	if err := l.check(); err != nil {
		return err
	}
	if err := checkNameConflicts([]namesList{c.inlineNames(), l}); err != nil {
		return err
	}
	c.Names = append(c.Names, entries...)
	return nil
}
