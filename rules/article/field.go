package article

import (
	"fmt"
	"strings"
)

// Field is a headline or standfirst read from metadata rather than from the
// body: a front-matter value of a Markdown file (title:, description:, …) or,
// in HTML, the <title> or the content of a <meta> tag. Its value is read as a
// paragraph, but its bytes sit inside a quoting (a YAML double-quoted scalar,
// an HTML attribute) that a fix must respect: a '"' written raw into
// `title: "…"` would end the scalar and break the file. See Escape and
// CheckEdit.
type Field struct {
	Name    string  // the field's name, as configured: "title", "description"
	Value   Span    // the value's bytes, inside any quotes
	Whole   Span    // the whole construct: the key's line, the element or tag
	Quoting Quoting // how text is written in Value
}

// Quoting is how a field's value is written in the source.
type Quoting int

// The quotings front matter and HTML heads use.
const (
	YAMLPlain   Quoting = iota // title: Text
	YAMLDouble                 // title: "Text", with \ escapes
	YAMLSingle                 // title: 'Text', with '' for '
	TOMLBasic                  // title = "Text", with \ escapes
	TOMLLiteral                // title = 'Text', no escapes and no '
	HTMLDouble                 // content="Text", with entities
	HTMLSingle                 // content='Text', with entities
	HTMLBare                   // content=Text, with entities
	HTMLTitle                  // <title>Text</title>: text with entities, no "</"
)

// Escape returns the source bytes that write text s in quoting q, or ok
// false when it cannot be written there on one line (a line break, a plain
// YAML scalar that would need quotes).
func (q Quoting) Escape(s string) (string, bool) {
	if strings.ContainsAny(s, "\r\n") {
		return "", false // a line break would fold or end the value
	}
	switch q {
	case YAMLPlain:
		// A plain scalar cannot hold ": " or " #", nor start with an
		// indicator. Refuse rather than re-quote the whole value: the edit
		// would then reach outside the text it replaces.
		if t := strings.TrimLeft(s, " \t"); strings.ContainsAny(s, ":#") || t != "" && strings.ContainsRune(yamlIndicators, rune(t[0])) {
			return "", false
		}
		return s, true
	case YAMLDouble, TOMLBasic:
		for _, r := range s {
			if r < ' ' && r != '\t' || r == 0x7f {
				return "", false // a control character needs an escape of its own
			}
		}
		return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s), true
	case YAMLSingle:
		return strings.ReplaceAll(s, "'", "''"), true
	case TOMLLiteral:
		if strings.ContainsRune(s, '\'') {
			return "", false
		}
		return s, true
	case HTMLDouble:
		return strings.NewReplacer("&", "&amp;", `"`, "&quot;").Replace(s), true
	case HTMLSingle:
		return strings.NewReplacer("&", "&amp;", "'", "&#39;").Replace(s), true
	case HTMLBare:
		if strings.ContainsAny(s, " \t\f\"'=<>`") {
			return "", false
		}
		return strings.ReplaceAll(s, "&", "&amp;"), true
	case HTMLTitle:
		return strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(s), true
	}
	return "", false
}

// yamlIndicators are the characters a plain YAML scalar may not start with.
const yamlIndicators = "-?:,[]{}#&*!|>'\"%@`"

// wellFormed reports whether v, a field's whole value after an edit, still
// reads as one value of quoting q: no quote that ends it early, no broken
// escape, no line break.
func (q Quoting) wellFormed(v string) bool {
	if strings.ContainsAny(v, "\r\n") {
		return false
	}
	switch q {
	case YAMLPlain:
		// white space around the value is the separator's, not the value's
		t := strings.Trim(v, " \t")
		return !strings.Contains(t, ": ") && !strings.Contains(t, ":\t") && !strings.HasSuffix(t, ":") &&
			!strings.Contains(v, " #") && !strings.Contains(v, "\t#") && !strings.HasPrefix(t, "#") &&
			(t == "" || !strings.ContainsRune(yamlIndicators, rune(t[0])))
	case YAMLDouble, TOMLBasic:
		for i := 0; i < len(v); i++ {
			switch v[i] {
			case '\\':
				if i++; i == len(v) {
					return false
				}
			case '"':
				return false
			}
		}
		return true
	case YAMLSingle:
		for i := 0; i < len(v); i++ {
			if v[i] == '\'' {
				if i+1 == len(v) || v[i+1] != '\'' {
					return false
				}
				i++
			}
		}
		return true
	case TOMLLiteral:
		return !strings.Contains(v, "'")
	case HTMLDouble:
		return !strings.Contains(v, `"`)
	case HTMLSingle:
		return !strings.Contains(v, "'")
	case HTMLBare:
		return v != "" && !strings.ContainsAny(v, " \t\f\"'=<>`")
	case HTMLTitle:
		return !strings.Contains(strings.ToLower(v), "</title")
	}
	return false
}

// CheckEdit checks an edit (the bytes of span replaced by s) against the
// article's fields: one that touches a field must lie inside its value and
// leave the value well formed, or remove the whole field construct (its
// line, its tag). It returns nil for an edit that touches no field.
func (a *Article) CheckEdit(span Span, s string) error {
	for _, f := range a.Fields {
		touches := span.Start < f.Whole.End && f.Whole.Start < span.End ||
			span.Start == span.End && f.Whole.Start < span.Start && span.Start < f.Whole.End
		switch {
		case !touches:
			continue
		case span.Start <= f.Whole.Start && f.Whole.End <= span.End:
			continue // the whole field goes
		case span.Start < f.Value.Start || span.End > f.Value.End:
			return fmt.Errorf("cuts the %s field at %d:%d: an edit must lie inside its value (%d:%d) or remove it whole",
				f.Name, f.Whole.Start, f.Whole.End, f.Value.Start, f.Value.End)
		}
		v := string(a.Source[f.Value.Start:span.Start]) + s + string(a.Source[span.End:f.Value.End])
		if !f.Quoting.wellFormed(v) {
			return fmt.Errorf("inserts %q into the %s field at %d:%d, which its quoting cannot hold as it is (escape it: see Paragraph.Escape)",
				s, f.Name, f.Value.Start, f.Value.End)
		}
	}
	return nil
}

// Escape returns the source bytes that write text s into the paragraph: s
// itself for body prose, s escaped for the quoting of a field (a headline in
// front matter); ok is false when s cannot be written there (see
// Quoting.Escape). Rules that write replacement text call it, as
// rules.ReplaceText does.
func (p *Paragraph) Escape(s string) (string, bool) {
	if p.field == nil {
		return s, true
	}
	return p.field.Quoting.Escape(s)
}

// Field returns the field the paragraph was read from, or nil for a
// paragraph of the body.
func (p *Paragraph) Field() *Field { return p.field }
