//go:build !windows

package lsp

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// cmdAddToDictionary adds its one argument, a word, to the workspace's
// dictionary file and re-checks the open documents.
const cmdAddToDictionary = "copydesk.addToDictionary"

// nextLineRE finds a copydesk-disable-next-line comment ending a line.
var nextLineRE = regexp.MustCompile(`<!--\s*copydesk-disable-next-line\b([^>]*?)-->\s*$`)

func (s *Server) executeCommand(_ *glsp.Context, p *protocol.ExecuteCommandParams) (any, error) {
	if p.Command != cmdAddToDictionary {
		return nil, fmt.Errorf("unknown command %q", p.Command)
	}
	if len(p.Arguments) != 1 {
		return nil, fmt.Errorf("%s takes one word", cmdAddToDictionary)
	}
	word, ok := p.Arguments[0].(string)
	if !ok || !addable(word) {
		return nil, fmt.Errorf("%s: %v is not a word the dictionary can hold", cmdAddToDictionary, p.Arguments[0])
	}
	s.mu.Lock()
	file := ""
	if s.ws != nil {
		file = s.ws.DictionaryFile()
	}
	s.mu.Unlock()
	if file == "" {
		return nil, errors.New("the configuration names no dictionary_files to add words to")
	}
	if err := appendWord(file, word); err != nil {
		return nil, err
	}
	s.reload()
	return nil, nil
}

// appendWord adds word as a line of the dictionary file, creating it, and
// leaves a file that already lists the word as it is.
func appendWord(file, word string) error {
	old, err := os.ReadFile(file)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("dictionary %s: %w", file, err)
	}
	lines := strings.Split(string(bytes.ReplaceAll(old, []byte("\r\n"), []byte("\n"))), "\n")
	if slices.Contains(lines, word) {
		return nil
	}
	add := word + "\n"
	if len(old) > 0 && old[len(old)-1] != '\n' {
		add = "\n" + add
	}
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("dictionary %s: %w", file, err)
	}
	if _, err := f.WriteString(add); err != nil {
		f.Close()
		return fmt.Errorf("dictionary %s: %w", file, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("dictionary %s: %w", file, err)
	}
	return nil
}
