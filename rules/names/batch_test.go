package names

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/ruletest"
)

var batchFiles = map[string][]byte{
	"a.txt": []byte("Qasem Soleimani led the force.\n\nSoleimani was feared."),
	"b.txt": []byte("Qasem Soleimani was killed.\n\nIran mourned Soleimani."),
	"c.txt": []byte("Qasem Suleimani travelled to Baghdad.\n\nThen Suleimani left."),
	"d.txt": []byte("Gordon Brown spoke. Brown left."),
}

func TestAcrossFiles(t *testing.T) {
	o := DefaultOptions()
	o.AcrossFiles = true
	res := ruletest.CheckBatch(t, Rule, batchFiles, ruletest.Options{Options: o})
	got := ruletest.Format(res.Findings, res.Articles...)
	if len(res.Findings) != 2 {
		t.Fatalf("want the two Suleimani mentions of c.txt, got:\n%s", got)
	}
	for _, f := range res.Findings {
		if f.Path != "c.txt" || len(f.Related) != 1 || f.Related[0].Path != "a.txt" || f.Fixes[0].Edits[0].New != "Soleimani" {
			t.Errorf("want c.txt → a.txt, fix Soleimani; got:\n%s", got)
		}
	}
	ruletest.Golden(t, "testdata/across.golden", got)
}

func TestAcrossFilesIsOptIn(t *testing.T) {
	res := ruletest.CheckBatch(t, Rule, batchFiles, ruletest.Options{})
	if len(res.Findings) != 0 {
		t.Errorf("across_files is off by default; got:\n%s", ruletest.Format(res.Findings, res.Articles...))
	}
}

func TestLearn(t *testing.T) {
	var arts []*article.Article
	for _, name := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		a, err := article.Parse(name, article.Text, batchFiles[name])
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	got := Learn(arts)
	if len(got) != 1 {
		t.Fatalf("want one proposal, got %+v", got)
	}
	l := got[0]
	if l.Preferred != "Qasem Soleimani" || strings.Join(l.Variants, ",") != "Qasem Suleimani" ||
		l.Counts["Qasem Soleimani"] != 4 || l.Counts["Qasem Suleimani"] != 2 {
		t.Errorf("got %+v", l)
	}
	if e := l.Entry(); e.Preferred != l.Preferred {
		t.Errorf("Entry: %+v", e)
	}
	// The proposal, used as the list, fixes the variant safely.
	sh := &rules.Shared{Names: []rules.NameEntry{l.Entry()}}
	fs, _ := ruletest.Check(t, Rule, "c.txt", batchFiles["c.txt"], ruletest.Options{Shared: sh})
	if len(fs) != 2 || !fs[0].Fixes[0].Safe {
		t.Errorf("want two safe fixes from the learned list, got:\n%s", ruletest.Format(fs))
	}
}
