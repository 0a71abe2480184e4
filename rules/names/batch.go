package names

import (
	"fmt"

	"github.com/copydesk/copydesk/rules"
)

// runBatch, with across_files, reports a person spelled one way in an
// article and another way in most of the batch's other articles.
func runBatch(pass *rules.Pass) error {
	opts := pass.Options.(*Options)
	if !opts.AcrossFiles {
		return nil
	}
	if err := opts.Validate(); err != nil {
		return err
	}
	list := sharedListIndex(pass.Shared, opts.similarity())
	for _, c := range clusterAcross(pass.Batch, list, opts.similarity()) {
		reportCluster(pass, c)
	}
	return nil
}

// reportCluster finds the spelling most files of a cluster use and
// reports the mentions of files that spell the surname otherwise. Files
// whose own spelling came from the newsroom list were dealt with already.
func reportCluster(pass *rules.Pass, c []filePerson) {
	files := map[spelling]map[string]bool{} // spelling → paths
	first := map[spelling]filePerson{}
	for _, fp := range c {
		s := spellingOf(&fp.p.surname)
		if files[s] == nil {
			files[s] = map[string]bool{}
			first[s] = fp
		}
		files[s][fp.art.Path] = true
	}
	if len(files) < 2 {
		return
	}
	var best spelling
	found := false
	for s := range files {
		if !found || len(files[s]) > len(files[best]) ||
			len(files[s]) == len(files[best]) && first[s].art.Path < first[best].art.Path {
			best, found = s, true
		}
	}
	ref := first[best]
	for _, fp := range c {
		if fp.p.listed || fp.art.Path == ref.art.Path || !differentName(&fp.p.surname, &ref.p.surname) {
			continue
		}
		reportAcross(pass, fp, ref, len(files[best]))
	}
}

// differentName reports whether two spellings differ in more than case or
// the presence of the Arabic article (a house-style matter of each file).
func differentName(a, b *part) bool {
	if !sameCore(a, b) {
		return true
	}
	return articlePrefixes[a.particle] && articlePrefixes[b.particle] && a.particle != b.particle
}

func reportAcross(pass *rules.Pass, fp, ref filePerson, n int) {
	want := &ref.p.surname
	at := ref.p.prefRef
	if at == nil {
		at = ref.p.first
	}
	rp := at.surname()
	related := rules.Related{Path: ref.art.Path, Span: at.para.SourceSpan(rp.start, rp.end),
		Message: fmt.Sprintf("%q is spelled this way here", want.text)}
	for _, m := range fp.p.mentions {
		got := m.surname()
		if !sameSpelling(got, &fp.p.surname) {
			continue // reported by the article check
		}
		span := m.para.SourceSpan(got.start, got.end)
		repl := want.text
		if got.particle == "" && want.particle != "" && !m.full() {
			repl = want.core
		}
		if got.initial {
			repl = upperFirst(repl)
		}
		f := rules.Finding{
			Path: fp.art.Path, Span: span, Related: []rules.Related{related},
			Message: fmt.Sprintf("%q is spelled %q in %s of this batch (first: %s); use one spelling",
				got.text, want.text, otherFiles(n), ref.art.Path),
			Key: got.text + "→" + repl,
		}
		// no fix through markup inside the name, nor where it cannot be written
		if written, ok := m.para.Escape(repl); ok && m.para.Contiguous(got.start, got.end) {
			f.Fixes = []rules.Fix{{Message: fmt.Sprintf("change to %q", repl), Edits: []rules.Edit{{Span: span, New: written}}}}
		}
		pass.Report(f)
	}
}

// otherFiles counts the other files of a batch, as English: "another file",
// "2 other files".
func otherFiles(n int) string {
	if n == 1 {
		return "another file"
	}
	return fmt.Sprintf("%d other files", n)
}
