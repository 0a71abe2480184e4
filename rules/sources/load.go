package sources

import (
	"fmt"
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

// Load reads every file and indexes them. An error names the file. (A
// Cache keeps the index for the next Load of the same files.)
func Load(paths []string) (*Index, error) {
	paths = slices.Sorted(slices.Values(paths))
	stamps, err := statAll(paths)
	if err != nil {
		return nil, err
	}
	return load(paths, stamps)
}

// statAll stats each of paths once, before any is read: their sizes say
// how large an index to make and which file is too large to read, and
// their stamps whether a Cache's index is still good.
func statAll(paths []string) ([]stamp, error) {
	stamps := make([]stamp, len(paths))
	for i, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("source %s: %w", p, err)
		}
		if !st.Mode().IsRegular() {
			return nil, fmt.Errorf("source %s: not a regular file", p)
		}
		if st.Size() > MaxSourceSize {
			return nil, fmt.Errorf("source %s: %w", p, errTooLarge)
		}
		stamps[i] = stamp{st.Size(), st.ModTime()}
	}
	return stamps, nil
}

// load reads and indexes paths, sorted, of which statAll made stamps.
func load(paths []string, stamps []stamp) (*Index, error) {
	total := int64(0)
	for _, st := range stamps {
		total += st.size
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

// readFile reads a file statAll found no larger than MaxSourceSize, and
// refuses it if it has grown past that since.
func readFile(p string) ([]byte, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSourceSize {
		return nil, errTooLarge
	}
	return data, nil
}
