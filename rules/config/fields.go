package config

import "github.com/copydesk/copydesk/rules/article"

// checkFields checks front_matter_fields: each a key as front matter
// writes it (letters, digits, "_", "-"; "twitter:title" for a <meta>), so
// that a typo'd list is an error rather than a headline silently unread.
func (c *Config) checkFields() error {
	for i, f := range c.FrontMatterFields {
		ok := f != ""
		for _, r := range f {
			ok = ok && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == ':')
		}
		if !ok {
			return c.errorAt(c.at("$.front_matter_fields[%d]", i),
				"front_matter_fields: %q is not a field name (want a key such as title or description)", f)
		}
	}
	return nil
}

// ArticleOptions are the options articles are read with: which metadata
// fields (front matter, HTML <title> and <meta>) are prose.
func (c *Config) ArticleOptions() article.Options {
	return article.Options{Fields: c.FrontMatterFields}
}
