package engine

import (
	"cmp"
	"slices"
)

// withReferences adds to r the texts of the reference files (Shared.References:
// a misquote's source) that its findings' related places point into, so
// that reports place them as they place the checked files.
func (e *Engine) withReferences(r *Result) {
	if e.Shared == nil || len(e.Shared.References) == 0 {
		return
	}
	for _, f := range r.Findings {
		for _, rel := range f.Related {
			if rel.Path == "" || rel.Path == f.Path || r.Text(rel.Path) != nil {
				continue
			}
			if a := e.Shared.Reference(rel.Path); a != nil {
				r.Texts = append(slices.Clone(r.Texts), FullText(a))
				slices.SortFunc(r.Texts, func(x, y *FileText) int { return cmp.Compare(x.Path, y.Path) })
			}
		}
	}
}
