package typo

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestGolden runs the rule on each testdata/*.txt file and compares the
// findings with the .golden file beside it (go test -update rewrites them).
// A file whose name starts with "gb-" is checked as en-GB.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.txt to check (%v)", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			o := ruletest.Options{Language: "en-US"}
			if strings.HasPrefix(filepath.Base(f), "gb-") {
				o.Language = "en-GB"
			}
			fs, a := ruletest.Check(t, Rule, filepath.Base(f), src, o)
			ruletest.Golden(t, strings.TrimSuffix(f, ".txt")+".golden", ruletest.Format(fs, a))
		})
	}
}

func TestNewsroomLists(t *testing.T) {
	src := []byte("The goverment is alright with the recieve button.")
	sh := &rules.Shared{Dictionary: []string{"goverment"}, Rejected: map[string]string{"alright": "all right"}}
	fs, a := ruletest.Check(t, Rule, "lists.txt", src, ruletest.Options{Shared: sh})
	got := ruletest.Format(fs, a)
	if strings.Contains(got, `"goverment"`) {
		t.Errorf("a dictionary word was flagged:\n%s", got)
	}
	if !strings.Contains(got, `"alright" is on the newsroom's rejected list; use "all right"`) || !strings.Contains(got, `fix (safe=true) replace with "all right"`) {
		t.Errorf("rejected word not reported with a safe fix:\n%s", got)
	}
	if !strings.Contains(got, `"recieve" may be a typo for "receive"`) {
		t.Errorf("misspelling missed:\n%s", got)
	}
}

// The newsroom's lists are made into maps once a run, not once an
// article: two articles' checkers with the same shared data and options
// read the same maps; other options get maps of their own.
func TestNewsroomListsMadeOnce(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	sh := &rules.Shared{Dictionary: []string{"Goverment"}, Rejected: map[string]string{"Alright": "all right"}}
	o, o2, o3 := NewOptions(), NewOptions(), NewOptions()
	o2.Words, o3.Words = []string{"Kurilla"}, []string{"Kurilla"}
	mapOf := func(m any) uintptr { return reflect.ValueOf(m).Pointer() }
	c1 := newChecker(&rules.Pass{Shared: sh}, l, o)
	c2 := newChecker(&rules.Pass{Shared: sh}, l, o)
	c3 := newChecker(&rules.Pass{Shared: sh}, l, o2)
	if !c1.accepted["goverment"] || c1.rejected["alright"] != "all right" || !c3.accepted["kurilla"] || !c3.accepted["goverment"] {
		t.Fatalf("lists not read in lower case: %v %v %v", c1.accepted, c1.rejected, c3.accepted)
	}
	if mapOf(c1.accepted) != mapOf(c2.accepted) || mapOf(c1.rejected) != mapOf(c2.rejected) {
		t.Error("the second article's checker made the lists again")
	}
	if mapOf(c3.accepted) == mapOf(c1.accepted) || c1.accepted["kurilla"] {
		t.Error("options with other words share the first options' list")
	}
	// options made afresh with the same words (the LSP resolves the
	// configuration for each check) share the lists: no new copy is kept
	if c4 := newChecker(&rules.Pass{Shared: sh}, l, o3); mapOf(c4.accepted) != mapOf(c3.accepted) {
		t.Error("new options with the same words made the lists again")
	}
}

func TestOptionsOff(t *testing.T) {
	o := NewOptions()
	o.RealWords, o.HouseSpelling = false, false
	src, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := ruletest.Check(t, Rule, "example.txt", src, ruletest.Options{Options: o})
	if len(fs) != 0 {
		t.Errorf("real_words: false still reports %d findings", len(fs))
	}
}

// The fix for a misspelling replaces exactly the word, keeps its capitals,
// and applying it leaves everything else alone.
func TestFixApplies(t *testing.T) {
	src := []byte("The minister said teh words: “Wtih respect.”")
	fs, _ := ruletest.Check(t, Rule, "fix.txt", src, ruletest.Options{})
	out, err := rules.Apply(src, rules.SafeEdits(fs, true))
	if err != nil {
		t.Fatal(err)
	}
	if want := "The minister said the words: “With respect.”"; string(out) != want {
		t.Errorf("got %q, want %q\n%s", out, want, ruletest.Format(fs))
	}
}

func TestEditCost(t *testing.T) {
	for _, c := range []struct {
		meant, typed string
		max          float64
	}{
		{"receive", "recieve", 0.6}, {"accommodate", "accomodate", 0.4}, {"separate", "seperate", 0.6},
		{"the", "teh", 0.6}, {"installations", "instillations", 0.6},
	} {
		if got := editCost(c.meant, c.typed, 3); got > c.max {
			t.Errorf("editCost(%q, %q) = %.2f, want ≤ %.2f", c.meant, c.typed, got, c.max)
		}
	}
	if editCost("cat", "dog", 2) <= 2 {
		t.Error("unrelated words should be out of reach")
	}
}

// A long run without spaces must not take quadratic time, and is not prose.
func TestLongUnspacedRun(t *testing.T) {
	src := []byte("Text " + strings.Repeat("abcdefgh.ijklmnop-", 20000) + " recieve")
	fs, a := ruletest.Check(t, Rule, "long.txt", src, ruletest.Options{})
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "recieve") {
		t.Errorf("want only the misspelling after the run:\n%s", ruletest.Format(fs, a))
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"february", "febuary", true}, {"european", "europian", true}, {"english", "enlish", true},
		{"ramadan", "ramdhan", false}, {"libya", "lybia", false}, {"same", "same", false},
		{"thailand", "thialand", true}, {"abc", "abcde", false}, {"abc", "abd", true},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
