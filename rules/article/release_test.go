package article

import (
	"reflect"
	"strings"
	"testing"
)

// TestRelease: an article read after another is released, in the memory
// of the first's words, has the words it has when read on its own, and
// the released article has no paragraphs left to misread.
func TestRelease(t *testing.T) {
	first, second := "A long first article, with many words in it. "+strings.Repeat("More words. ", 50), "Short one."
	want, err := Parse("b.txt", Text, []byte(second))
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		a, err := Parse("a.txt", Text, []byte(first))
		if err != nil {
			t.Fatal(err)
		}
		a.Release()
		if a.Paragraphs != nil {
			t.Fatal("a released article keeps its paragraphs")
		}
		b, err := Parse("b.txt", Text, []byte(second))
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Words(); !reflect.DeepEqual(got, want.Words()) || !reflect.DeepEqual(b.Paragraphs[0].Sentences, want.Paragraphs[0].Sentences) {
			t.Fatalf("read after a release: %+v, want %+v", got, want.Words())
		}
	}
}
