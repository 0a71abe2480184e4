package sources

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/growth"
)

// transcripts makes n debate transcripts of about 3,000 words each, drawn
// from a vocabulary of 20,000 words with a few very common (as speech
// has them), the same for the same n.
func transcripts(n int) ([]string, [][]byte) {
	var paths []string
	var texts [][]byte
	for f := range n {
		rng := rand.New(rand.NewPCG(uint64(f), 7))
		var b strings.Builder
		for turn := range 60 {
			b.WriteString([]string{"TRUMP: ", "CLINTON: ", "HOLT: "}[turn%3])
			for range 50 {
				// a word's rank: a fifth of the time one of the 50 most
				// common, else any of the 20,000
				w := rng.IntN(20000)
				if rng.IntN(5) == 0 {
					w = rng.IntN(50)
				}
				fmt.Fprintf(&b, "w%d ", w)
			}
			b.WriteString("\n")
		}
		paths = append(paths, fmt.Sprintf("debate-%04d.txt", f))
		texts = append(texts, []byte(b.String()))
	}
	return paths, texts
}

// TestIndexTime: indexing four times the record takes at most ten times
// the CPU time (see growth.Check), a check of what the counts below leave
// out.
func TestIndexTime(t *testing.T) {
	sets := map[int][][]byte{}
	names := map[int][]string{}
	for _, n := range []int{40, 160} {
		names[n], sets[n] = transcripts(n)
	}
	growth.Check(t, 40, func(n int) { indexOf(t, names[n], sets[n]) })
}

// indexOf indexes the transcripts as Load does, and counts the bytes it
// allocates doing so.
func indexOf(t *testing.T, paths []string, texts [][]byte) (*Index, uint64) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	size := int64(0)
	for _, d := range texts {
		size += int64(len(d))
	}
	b := newBuilder(size)
	for i, p := range paths {
		if err := b.add(p, texts[i]); err != nil {
			t.Fatal(err)
		}
	}
	ix := b.finish()
	runtime.ReadMemStats(&after)
	return ix, after.TotalAlloc - before.TotalAlloc
}

// TestIndexGrowsLinearly counts what indexing costs for 40 transcripts
// and for 160 (not the time it takes, which a loaded machine blurs): the
// bytes allocated, the index's own size, and the positions a look-up
// checks. Four times the record may cost at most 4.5 times as much to
// index, and a look-up of a shingle the record holds once checks about as
// many positions (a quadratic index, or one whose buckets fill up as it
// grows, fails).
func TestIndexGrowsLinearly(t *testing.T) {
	const n = 40
	type cost struct {
		alloc, size uint64
		checked     float64 // positions checked per look-up
	}
	measure := func(n int) cost {
		paths, texts := transcripts(n)
		ix, alloc := indexOf(t, paths, texts)
		if len(ix.Sources) != n {
			t.Fatalf("indexed %d of %d sources", len(ix.Sources), n)
		}
		size := uint64(4 * (len(ix.ids) + len(ix.posts) + len(ix.buckets)))
		// look up every 97th shingle of the first source: each is found
		checked, lookups := 0, 0
		ws := ix.Sources[0].Words()
		var f finder
		for i := 0; i+shingleSize <= len(ws); i += 97 {
			keys := []string{ws[i].Key, ws[i+1].Key, ws[i+2].Key}
			x, ok := f.lookUp(ix, keys, 0)
			if !ok {
				t.Fatalf("shingle %d of %s not found", i, ix.Sources[0].Path)
			}
			ids, _ := ix.shingleIDs(keys)
			checked += len(ix.bucket(ids)) - x.n()
			lookups++
		}
		return cost{alloc, size, float64(checked) / float64(lookups)}
	}
	small, large := measure(n), measure(4*n)
	t.Logf("%d sources: %d bytes allocated, index %d bytes, %.1f other positions checked per look-up", n, small.alloc, small.size, small.checked)
	t.Logf("%d sources: %d bytes allocated, index %d bytes, %.1f other positions checked per look-up", 4*n, large.alloc, large.size, large.checked)
	if r := float64(large.alloc) / float64(small.alloc); r > 4.5 {
		t.Errorf("allocations grew %.1f times for four times the sources", r)
	}
	if r := float64(large.size) / float64(small.size); r > 4.5 {
		t.Errorf("the index grew %.1f times for four times the sources", r)
	}
	if large.checked > 2*small.checked+16 {
		t.Errorf("a look-up checks %.1f other positions with four times the sources, %.1f before", large.checked, small.checked)
	}
}
