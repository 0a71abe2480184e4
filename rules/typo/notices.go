package typo

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// The licence notices of the data embedded in the rule. SCOWL's and
// WordNet's licences require their notice in all copies, and a binary is a
// copy, so they ship with it and `copydesk version --licenses` prints them.
// A new data source adds its notice as data/NAME-COPYRIGHT or
// data/NAME-LICENSE and is picked up here.
//
//go:embed data/*-COPYRIGHT data/*-LICENSE
var noticeFiles embed.FS

// Notice is the licence text of one data source.
type Notice struct {
	Source string // "SCOWL", "WORDNET", …: the file name less its suffix
	File   string // the notice's path in the source tree, under rules/typo/
	Text   string
}

// Notices returns the licence notices of the embedded data, sorted by source.
func Notices() []Notice {
	var out []Notice
	_ = fs.WalkDir(noticeFiles, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := noticeFiles.ReadFile(p)
		if err != nil {
			return err
		}
		name := path.Base(p)
		src := name[:strings.LastIndexByte(name, '-')]
		out = append(out, Notice{Source: src, File: p, Text: string(b)})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out
}
