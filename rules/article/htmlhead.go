package article

import (
	"bytes"
	"slices"
	"strings"
)

// endTitle ends the <title> being read, if any, at its end tag [start, end):
// its text is the headline. The tokenizer reads a title's content as text
// (entities decoded, no tags), so its pieces are those of any text.
func (r *htmlReader) endTitle(start, end int) {
	f := r.title
	if f == nil {
		return
	}
	f.Value.End, f.Whole.End = start, end
	r.a.addField(f, r.pieces)
	r.pieces, r.br, r.title = nil, false, nil
}

// meta reads the <meta> tag at [start, end) as a field when its name (or
// property, "og:" taken off) is one of r.fields: its content attribute is a
// headline or standfirst. The tokenizer decodes attribute values without
// saying where they were, so the tag's bytes are scanned here.
func (r *htmlReader) meta(start, end int) {
	attrs := scanAttrs(r.a.Source[:end], start+len("<meta"))
	name := ""
	for _, key := range []string{"name", "property"} {
		if at, ok := attrs[key]; ok {
			v := strings.ToLower(string(r.a.Source[at.value.Start:at.value.End]))
			if v = strings.TrimPrefix(v, "og:"); slices.Contains(r.fields, v) {
				name = v
				break
			}
		}
	}
	content, ok := attrs["content"]
	if name == "" || !ok {
		return
	}
	f := &Field{Name: name, Value: content.value, Whole: Span{start, end}, Quoting: content.quoting}
	r.a.addField(f, decodeHTML(nil, r.a.Source[:content.value.End], content.value.Start, true))
}

// reading reports whether a paragraph is being read: a <meta> in the middle
// of one is not read, as its paragraph would then come before it.
func (r *htmlReader) reading() bool {
	for _, pc := range r.pieces {
		if strings.IndexFunc(pc.Text, isProse) >= 0 {
			return true
		}
	}
	return false
}

// attr is where an attribute's value is in the source, inside its quotes.
type attr struct {
	value   Span
	quoting Quoting
}

// scanAttrs reads the attributes of the tag whose name ends at src[i], to
// the end of src (the tag's ">"), as the HTML tokenizer does: names are
// lower-cased, and the first of two attributes of one name wins.
func scanAttrs(src []byte, i int) map[string]attr {
	attrs := map[string]attr{}
	isSpace := func(c byte) bool { return isHTMLSpace(c) || c == '/' }
	for {
		for i < len(src) && isSpace(src[i]) {
			i++
		}
		if i >= len(src) || src[i] == '>' {
			return attrs
		}
		k := i
		i++ // a name may start with "="
		for i < len(src) && !isSpace(src[i]) && src[i] != '>' && src[i] != '=' {
			i++
		}
		name := strings.ToLower(string(src[k:i]))
		for i < len(src) && isHTMLSpace(src[i]) {
			i++
		}
		if i >= len(src) || src[i] != '=' {
			continue // an attribute with no value
		}
		i++
		for i < len(src) && isHTMLSpace(src[i]) {
			i++
		}
		var a attr
		switch {
		case i < len(src) && (src[i] == '"' || src[i] == '\''):
			j := bytes.IndexByte(src[i+1:], src[i])
			if j < 0 {
				return attrs // unclosed: the tag is not what it seems
			}
			a = attr{Span{i + 1, i + 1 + j}, HTMLDouble}
			if src[i] == '\'' {
				a.quoting = HTMLSingle
			}
			i += j + 2
		default:
			k := i
			for i < len(src) && !isHTMLSpace(src[i]) && src[i] != '>' {
				i++
			}
			a = attr{Span{k, i}, HTMLBare}
		}
		if _, seen := attrs[name]; !seen {
			attrs[name] = a
		}
	}
}
