package misquote

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
	"github.com/copydesk/copydesk/rules/sources"
)

const record = `HOLT: Good evening from Hofstra University.
TRUMP: Our jobs are fleeing the country. They're going to Mexico.
We are going to build a great wall, and Mexico is going to pay for it, believe me.
CLINTON: I have a plan to, uh, create jobs in every part of the country.
`

func shared(t *testing.T) *rules.Shared {
	t.Helper()
	s, err := sources.Read("debate.txt", []byte(record))
	if err != nil {
		t.Fatal(err)
	}
	ix := sources.NewIndex([]*sources.Source{s})
	return &rules.Shared{Sources: ix, References: ix.Articles()}
}

func checkText(t *testing.T, text string, opts *Options) []rules.Finding {
	t.Helper()
	o := ruletest.Options{Shared: shared(t)}
	if opts != nil {
		o.Options = opts
	}
	fs, _ := ruletest.Check(t, Rule, "story.txt", []byte("The debate.\n\n"+text+"\n"), o)
	return fs
}

func TestStyleAllowed(t *testing.T) {
	for _, text := range []string{
		`“We are going to build a great wall, and Mexico is going to pay for it,” Trump said.`,
		`Trump said "we are going to build a great wall and Mexico is going to pay for it".`,
		`“We are going to build a great wall … Mexico is going to pay for it,” Trump said.`,
		`"We are going to build a great wall ... and Mexico is going to pay," Trump said.`,
		`“Our jobs are fleeing [America]. They're going to Mexico,” Trump said.`,
		`“Our jobs are fleeing the country [he meant factories]. They’re going to Mexico,” Trump said.`,
		`“Nothing of this kind was ever said in any debate at all,” Trump said.`,
		`“Our jobs,” he said. “Mexico,” he said.`,
	} {
		if fs := checkText(t, text, nil); len(fs) > 0 {
			t.Errorf("%s\n  reported: %s", text, fs[0].Message)
		}
	}
}

func TestAltered(t *testing.T) {
	for _, tc := range []struct{ text, diff, fixed string }{
		{`“We are going to build a big wall, and Mexico is going to pay for it,” Trump said.`,
			"[-great-] {+big+}", `“We are going to build a great wall, and Mexico is going to pay for it,”`},
		{`“We are going to build a wall, and Mexico is going to pay for it,” Trump said.`,
			"[-great-]", `“We are going to build a great wall, and Mexico is going to pay for it,”`},
		{`“We are going to build a great big wall, and Mexico is going to pay for it,” Trump said.`,
			"{+big+}", `“We are going to build a great wall, and Mexico is going to pay for it,”`},
	} {
		fs := checkText(t, tc.text, nil)
		if len(fs) != 1 {
			t.Errorf("%s: %d findings, want 1", tc.text, len(fs))
			continue
		}
		f := fs[0]
		if !strings.Contains(f.Message, "debate.txt:3 (TRUMP)") || !strings.Contains(f.Message, tc.diff) {
			t.Errorf("message %q, want the record's place and %s", f.Message, tc.diff)
		}
		if len(f.Related) != 1 || f.Related[0].Path != "debate.txt" {
			t.Errorf("related %+v, want the passage in debate.txt", f.Related)
		}
		if len(f.Fixes) != 1 || f.Fixes[0].Safe {
			t.Fatalf("fixes %+v, want one, not safe", f.Fixes)
		}
		src := []byte("The debate.\n\n" + tc.text + "\n")
		out, err := rules.Apply(src, f.Fixes[0].Edits)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), tc.fixed) {
			t.Errorf("fixed to %q, want %s", out, tc.fixed)
		}
	}
}

func TestFillers(t *testing.T) {
	text := `“I have a plan to create jobs in every part of the country,” Clinton said.`
	if fs := checkText(t, text, nil); len(fs) != 1 || !strings.Contains(fs[0].Message, "[-uh-]") {
		t.Errorf("filler left out, fillers not allowed: %v", fs)
	}
	if fs := checkText(t, text, &Options{MinWords: 5, AllowFillers: true}); len(fs) != 0 {
		t.Errorf("filler left out, fillers allowed: %v", fs[0].Message)
	}
}

func TestWrongSpeaker(t *testing.T) {
	fs := checkText(t, `“Our jobs are fleeing the country,” Clinton said.`, nil)
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "attributed to Clinton is spoken by TRUMP") {
		t.Fatalf("findings %v", fs)
	}
	// a name the record does not label may have said it first: no finding
	if fs := checkText(t, `“Our jobs are fleeing the country,” Smith said.`, nil); len(fs) != 0 {
		t.Errorf("unknown speaker reported: %s", fs[0].Message)
	}
	if fs := checkText(t, `“Our jobs are fleeing the country,” Donald Trump said.`, nil); len(fs) != 0 {
		t.Errorf("right speaker reported: %s", fs[0].Message)
	}
}

// A moderator quoting a candidate is not the words' speaker.
func TestQuotedInRecord(t *testing.T) {
	s, _ := sources.Read("d.txt", []byte("RADDATZ: Mr. Trump, you called for “a total and complete shutdown of Muslims entering the United States.” Is it still your position?\n"))
	ix := sources.NewIndex([]*sources.Source{s})
	sh := &rules.Shared{Sources: ix, References: ix.Articles()}
	s2, _ := sources.Read("e.txt", []byte("TRUMP: Raddatz is wrong.\n"))
	ix2 := sources.NewIndex([]*sources.Source{s, s2})
	sh.Sources, sh.References = ix2, ix2.Articles()
	fs, _ := ruletest.Check(t, Rule, "story.txt", []byte("The plan.\n\n“A total and complete shutdown of Muslims entering the United States,” Trump said.\n"), ruletest.Options{Shared: sh})
	if len(fs) != 0 {
		t.Errorf("reported: %s", fs[0].Message)
	}
	// the same words said by the moderator, not quoted: the wrong speaker
	s3, _ := sources.Read("d.txt", []byte("RADDATZ: Mr. Trump, a total and complete shutdown of Muslims entering the United States. Is it still your position?\n"))
	ix3 := sources.NewIndex([]*sources.Source{s3, s2})
	sh.Sources, sh.References = ix3, ix3.Articles()
	fs, _ = ruletest.Check(t, Rule, "story.txt", []byte("The plan.\n\n“A total and complete shutdown of Muslims entering the United States,” Trump said.\n"), ruletest.Options{Shared: sh})
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "spoken by RADDATZ") {
		t.Errorf("unquoted: %v", fs)
	}
}

func TestRequireSource(t *testing.T) {
	text := `“Nothing of this kind was ever said in any debate,” Trump said.`
	fs := checkText(t, text, &Options{MinWords: 5, RequireSource: true})
	if len(fs) != 1 || fs[0].Severity != rules.Info || !strings.Contains(fs[0].Message, "not found") {
		t.Errorf("findings %v, want one info", fs)
	}
}

func TestNoSources(t *testing.T) {
	fs, _ := ruletest.Check(t, Rule, "story.txt", []byte("The debate.\n\n“We are going to build a big wall,” Trump said.\n"), ruletest.Options{})
	if len(fs) != 0 {
		t.Errorf("findings without sources: %v", fs)
	}
}

func TestValidate(t *testing.T) {
	if err := (&Options{MinWords: 2}).Validate(); err == nil {
		t.Error("min_words 2 accepted")
	}
}

// TestFixInQuotedHeadline: a fix that puts the record's words back into a
// quoted front-matter field writes them as that quoting does (the apostrophe
// of "don't" doubled between single quotes), so the field still reads as it
// should.
func TestFixInQuotedHeadline(t *testing.T) {
	s, err := sources.Read("record.txt", []byte("TRUMP: We don't want the deal and we will never sign it.\n"))
	if err != nil {
		t.Fatal(err)
	}
	ix := sources.NewIndex([]*sources.Source{s})
	src := []byte("---\ntitle: Trump on the deal\ndescription: 'Trump said “We do want the deal and we will never sign it.”'\n---\n\nBody.\n")
	fs, _ := ruletest.Check(t, Rule, "story.md", src, ruletest.Options{Shared: &rules.Shared{Sources: ix, References: ix.Articles()}})
	if len(fs) != 1 || len(fs[0].Fixes) != 1 {
		t.Fatalf("findings %+v, want one misquote with its fix", fs)
	}
	out, err := rules.Apply(src, fs[0].Fixes[0].Edits)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "“We don''t want the deal") {
		t.Errorf("fixed to %q, want the record's words written for single quotes", out)
	}
}

// A quotation that differs from a passage is taken for another remark,
// and not reported, when it shares too little with it, or drops more of it
// than it has, or is altered and in another mouth; the same quotations a
// word longer, shorter or in the right mouth are reported.
func TestAnotherRemark(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int // findings
	}{
		// four words in common with the record, one changed
		{`“Jobs were fleeing the country,” Trump said.`, 0},
		{`“Our jobs were fleeing the country,” Trump said.`, 1},
		// eight words, twenty of the record's left out between them
		{`“Our jobs are going to pay for it,” Trump said.`, 0},
		{`“They're going to Mexico. We are going to build a great wall and pay for it,” Trump said.`, 1},
		// altered, and given to Clinton where the record has Trump
		{`“We are going to build a big wall, and Mexico is going to pay for it,” Clinton said.`, 0},
		{`“We are going to build a big wall, and Mexico is going to pay for it,” Trump said.`, 1},
		// verbatim, given to Clinton: the wrong speaker
		{`“We are going to build a great wall, and Mexico is going to pay for it,” Clinton said.`, 1},
	} {
		fs := checkText(t, tc.text, nil)
		if len(fs) != tc.want {
			t.Errorf("%s: %d findings, want %d", tc.text, len(fs), tc.want)
			for _, f := range fs {
				t.Logf("  %s", f.Message)
			}
		}
	}
}
