package article

// blocks are the elements that begin and end a paragraph.
var blocks = set("address", "article", "aside", "blockquote", "body", "caption", "center",
	"dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
	"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
	"legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
	"tbody", "td", "tfoot", "th", "thead", "tr", "ul", "head")

// void elements have no content and no end tag.
var void = set("hr", "br", "img", "input", "meta", "link", "wbr", "area", "base", "col",
	"embed", "source", "track", "param")

// skipped elements hold no prose: code, scripts, styles, embedded objects,
// form controls, and the page title unless "title" is a field read (see
// Options.Fields).
var skipped = set("script", "style", "noscript", "template", "title", "pre", "svg", "math",
	"iframe", "object", "textarea", "select", "canvas", "audio", "video", "code", "kbd", "samp")

// placeheld are the skipped elements that sit inside a sentence, and so leave
// a Placeholder there.
var placeheld = set("code", "kbd", "samp")

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

func isHeading(name string) bool {
	return len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
}

// group names the elements that close an open one of their own group:
// a new list item ends the last, a new cell the last cell.
func group(name string) string {
	switch {
	case isHeading(name):
		return "heading"
	case name == "li":
		return "li"
	case name == "dt" || name == "dd":
		return "dl"
	case name == "td" || name == "th":
		return "cell"
	}
	return ""
}
