package quotes

import "github.com/copydesk/copydesk/rules/article"

// unattributedBlocks returns the first paragraph of each run of block
// quotations (Markdown ">", HTML <blockquote>) that no one is named as
// saying: the paragraph before does not introduce it, no "— Name" byline
// ends it, and the paragraph after does not open with a "he said".
func (an *analysis) unattributedBlocks() []int {
	var out []int
	for i := 0; i < len(an.paras); {
		if an.paras[i].Kind != article.Quotation {
			i++
			continue
		}
		j := i
		for j < len(an.paras) && an.paras[j].Kind == article.Quotation {
			j++
		}
		if !an.blockFramed(i, j) {
			out = append(out, i)
		}
		i = j
	}
	return out
}

// blockFramed reports whether the block quotation of paragraphs [i, j) has
// a speaker around it.
func (an *analysis) blockFramed(i, j int) bool {
	if i > 0 && an.introduces(i-1) {
		return true
	}
	last := an.paras[j-1]
	if dashByline(last.Text) || bylineAtEnd(last) {
		return true
	}
	if j < len(an.paras) && len(an.paras[j].Sentences) > 0 {
		return dashByline(an.paras[j].Text) || opensWithCue(an.sentence(j, 0).tokens)
	}
	return false
}

// bylineAtEnd: the last sentence of a block quotation is "— Jane Smith".
func bylineAtEnd(p *article.Paragraph) bool {
	n := len(p.Sentences)
	if n == 0 {
		return false
	}
	s := p.Sentences[n-1]
	return dashByline(p.Text[s.Start:s.End])
}
