package article

// openBlock is an open block element and the kind of paragraph read inside
// it: its own, or that of the innermost element around it that has one.
// Keeping the kind with each element makes kind() one look at the top of
// the stack, however deep the nesting.
type openBlock struct {
	name string
	kind Kind
}

// maxDepth caps the stack of open blocks, as browsers cap the depth of
// the document tree (Chromium at 512): deeper elements still end
// paragraphs, and read as the kind in force at the cap.
const maxDepth = 512

// push opens a block element.
func (r *htmlReader) push(name string) {
	if len(r.stack) >= maxDepth {
		r.deeper++
		return
	}
	k := r.kind()
	if own := kindOf(name); own != Body {
		k = own
	}
	if r.counts == nil {
		r.counts = map[string]int{}
	}
	r.counts[blockKey(name)]++
	r.stack = append(r.stack, openBlock{name, k})
}

// pop closes the innermost open block element and returns its name.
func (r *htmlReader) pop() string {
	top := r.stack[len(r.stack)-1].name
	r.stack = r.stack[:len(r.stack)-1]
	r.counts[blockKey(top)]--
	return top
}

// blockKey is the name an end tag matches by: any heading closes any other.
func blockKey(name string) string {
	if isHeading(name) {
		return "h"
	}
	return name
}

// closeImplied closes the elements a new block ends without an end tag:
// any open <p>, and the previous item, cell or heading of the same kind.
func (r *htmlReader) closeImplied(name string) {
	for r.deeper == 0 && len(r.stack) > 0 {
		top := r.stack[len(r.stack)-1].name
		if top != "p" && (group(top) == "" || group(top) != group(name)) {
			return
		}
		r.pop()
	}
}

// kind is the kind of the innermost open element that has one.
func (r *htmlReader) kind() Kind {
	if len(r.stack) == 0 {
		return Body
	}
	return r.stack[len(r.stack)-1].kind
}

// kindOf is the kind of paragraph an element makes; Body when it has none
// of its own.
func kindOf(name string) Kind {
	switch {
	case isHeading(name):
		return Heading
	case name == "li" || name == "dt" || name == "dd":
		return ListItem
	case name == "td" || name == "th":
		return Cell
	case name == "blockquote":
		return Quotation
	}
	return Body
}
