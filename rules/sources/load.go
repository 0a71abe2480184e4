package sources

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// MaxSourceSize is the largest source file read, as for an article.
const MaxSourceSize = 16 << 20

// extensions a folder of sources is walked for.
var extensions = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true,
	".html": true, ".htm": true, ".vtt": true, ".srt": true}

// Expand turns patterns into the files they name, sorted and without
// repeats: a file, a folder (walked for text, Markdown, HTML, WebVTT and
// SRT files, hidden ones left out) or a doublestar glob ("transcripts/**/*.txt"),
// relative paths taken from dir. A pattern that names nothing is an error.
func Expand(dir string, patterns []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, pat := range patterns {
		full := pat
		if !filepath.IsAbs(full) && dir != "" {
			full = filepath.Join(dir, pat)
		}
		if st, err := os.Stat(full); err == nil {
			if !st.IsDir() {
				add(full)
				continue
			}
			if err := walk(full, add); err != nil {
				return nil, fmt.Errorf("sources: %w", err)
			}
			continue
		}
		matches, err := doublestar.FilepathGlob(full, doublestar.WithFilesOnly())
		if err != nil {
			return nil, fmt.Errorf("sources: %q: %w", pat, err)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("sources: %q names no file", pat)
		}
		for _, m := range matches {
			add(m)
		}
	}
	sort.Strings(out)
	return out, nil
}

func walk(root string, add func(string)) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && extensions[strings.ToLower(filepath.Ext(p))] {
			add(p)
		}
		return nil
	})
}

// Load reads every file and indexes them. An error names the file. After
// Reuse, an index of the same files, unchanged, is given again.
func Load(paths []string) (*Index, error) {
	if reuse.Load() {
		return loadCached(paths)
	}
	return load(paths)
}

func load(paths []string) (*Index, error) {
	paths = slices.Clone(paths)
	slices.Sort(paths)
	total := int64(0)
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil {
			total += st.Size()
		}
	}
	b := newBuilder(total)
	for _, p := range paths {
		data, err := readFile(p)
		if err != nil {
			return nil, fmt.Errorf("source %s: %w", p, err)
		}
		if err := b.add(p, data); err != nil {
			return nil, fmt.Errorf("source %s: %w", p, err)
		}
	}
	return b.finish(), nil
}

var errTooLarge = fmt.Errorf("larger than %d MiB, the limit for a source", MaxSourceSize>>20)

func readFile(p string) ([]byte, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// read into a buffer of the file's size (one byte more, to see that
	// it has not grown): no copies made growing it
	if st.Size() > MaxSourceSize {
		return nil, errTooLarge
	}
	data := make([]byte, 0, st.Size()+1)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) > MaxSourceSize {
			return nil, errTooLarge
		}
		if len(data) == cap(data) {
			data = slices.Grow(data, len(data))
		}
	}
}
