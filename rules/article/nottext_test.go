package article

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
)

// TestNotTextAnywhere: a binary region is found wherever it is in the file,
// not only in the first 8 KB, and a few odd bytes in a long text are not
// one.
func TestNotTextAnywhere(t *testing.T) {
	prose := bytes.Repeat([]byte("The council met on Tuesday and voted to close the library. "), 1000) // 59 KB
	binary := make([]byte, 16384)                                                                      // an image pasted in, say: about half its bytes are invalid UTF-8
	for i := range binary {
		binary[i] = byte(i * 7 % 256)
	}
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	for _, tc := range []struct {
		name  string
		src   []byte
		where string // in the error; "" when the file is accepted
	}{
		{"binary after 40 KB", cat(prose[:40000], binary, prose), "from offset 40"},
		{"NULs at the end", cat(prose, make([]byte, 3000)), "from offset 5"},
		{"binary first", cat(binary, prose), "of its first 8192 bytes"},
		{"prose", prose, ""},
		{"a few Latin-1 words throughout", bytes.Repeat([]byte("Le caf\xe9 est ferm\xe9. "), 4000), ""},
		{"bad bytes in the last few", cat(prose, []byte("caf\xe9 \xff\xfe\xfd")), ""},
		{"stray NULs", bytes.ReplaceAll(prose, []byte("library"), []byte("librar\x00")), ""},
	} {
		_, err := Parse("f.txt", Text, tc.src)
		switch {
		case tc.where == "" && err != nil:
			t.Errorf("%s: refused: %v", tc.name, err)
		case tc.where != "" && !errors.Is(err, ErrNotText):
			t.Errorf("%s: accepted as text (%v)", tc.name, err)
		case tc.where != "" && !strings.Contains(err.Error(), tc.where):
			t.Errorf("%s: error %q does not say where (%q)", tc.name, err, tc.where)
		}
	}
}

// BenchmarkNotTextBBC measures the whole-file sniff against the whole
// parse over the BBC corpus: the sniff must stay a negligible share.
//
//	go test ./rules/article -run '^$' -bench 'BBC' -benchtime 5x
func BenchmarkNotTextBBC(b *testing.B) {
	var srcs [][]byte
	size := 0
	for _, f := range corpustest.BBC(b) {
		srcs = append(srcs, f.Src)
		size += len(f.Src)
	}
	b.Run("sniff", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, src := range srcs {
				if err := notText(src); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		defer reportCPU(b)()
		for b.Loop() {
			for _, src := range srcs {
				if _, err := Parse("f.txt", Text, src); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
