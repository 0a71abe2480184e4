package sources

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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

// Load reads every file and indexes them. An error names the file.
func Load(paths []string) (*Index, error) {
	srcs := make([]*Source, 0, len(paths))
	for _, p := range paths {
		data, err := readFile(p)
		if err != nil {
			return nil, fmt.Errorf("source %s: %w", p, err)
		}
		s, err := Read(p, data)
		if err != nil {
			return nil, fmt.Errorf("source %s: %w", p, err)
		}
		srcs = append(srcs, s)
	}
	return NewIndex(srcs), nil
}

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
	data, err := io.ReadAll(io.LimitReader(f, MaxSourceSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSourceSize {
		return nil, fmt.Errorf("larger than %d MiB, the limit for a source", MaxSourceSize>>20)
	}
	return data, nil
}
