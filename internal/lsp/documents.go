//go:build !windows

package lsp

import (
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// document is a file the editor has open: its current text and what the
// last check of that text found.
type document struct {
	uri     string
	path    string
	format  article.Format
	version protocol.Integer
	src     []byte
	timer   *time.Timer

	// findings of the last check and the version they are of (-1: none)
	checked  protocol.Integer
	findings []rules.Finding
	text     *text            // src's line table, in the negotiated encoding
	refs     map[string]*text // other files the findings point into, as checked
}

// schedule (re)starts the document's check after delay: a burst of
// keystrokes makes one check, after the last. The caller holds s.mu.
func (d *document) schedule(delay time.Duration) {
	d.timer.Reset(delay)
}

func (d *document) stop() { d.timer.Stop() }

// formatOf is the article format of a document: by its file name as
// `copydesk check` decides it, or else by the editor's language id.
func formatOf(path, languageID string) article.Format {
	if f, ok := article.FormatOf(path); ok {
		return f
	}
	switch languageID {
	case "markdown":
		return article.Markdown
	case "html":
		return article.HTML
	}
	return article.Text
}

func (s *Server) didOpen(_ *glsp.Context, p *protocol.DidOpenTextDocumentParams) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	uri := p.TextDocument.URI
	path := uriPath(uri)
	d := &document{uri: uri, path: path, format: formatOf(path, p.TextDocument.LanguageID),
		version: p.TextDocument.Version, src: []byte(p.TextDocument.Text), checked: -1}
	if old := s.docs[uri]; old != nil {
		old.stop()
	}
	d.timer = time.AfterFunc(0, func() { s.check(uri) })
	s.docs[uri] = d
	return nil
}

func (s *Server) didChange(_ *glsp.Context, p *protocol.DidChangeTextDocumentParams) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil
	}
	for _, c := range p.ContentChanges {
		// the server asks for whole texts (TextDocumentSyncKindFull)
		if w, ok := c.(protocol.TextDocumentContentChangeEventWhole); ok {
			d.src = []byte(w.Text)
		}
	}
	d.version = p.TextDocument.Version
	d.schedule(s.opts.Debounce)
	return nil
}

func (s *Server) didSave(_ *glsp.Context, p *protocol.DidSaveTextDocumentParams) error {
	s.mu.Lock()
	ws := s.ws
	s.mu.Unlock()
	if ws == nil || ws.Watched(uriPath(p.TextDocument.URI)) || isConfigName(uriPath(p.TextDocument.URI)) {
		s.reload()
	}
	return nil
}

func (s *Server) didClose(_ *glsp.Context, p *protocol.DidCloseTextDocumentParams) error {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	delete(s.docs, p.TextDocument.URI)
	notify := s.notify
	s.mu.Unlock()
	if d != nil {
		d.stop()
		// a closed file's findings leave the editor's problem list
		notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: d.uri, Diagnostics: []protocol.Diagnostic{}})
	}
	return nil
}

// didChangeWatchedFiles reloads the configuration when a config file, or
// a file it reads, changed on disk (the client decides what it watches;
// saving one of them in the editor does the same, see didSave).
func (s *Server) didChangeWatchedFiles(_ *glsp.Context, p *protocol.DidChangeWatchedFilesParams) error {
	s.mu.Lock()
	ws := s.ws
	s.mu.Unlock()
	for _, c := range p.Changes {
		path := uriPath(c.URI)
		if isConfigName(path) || ws == nil || ws.Watched(path) {
			s.reload()
			return nil
		}
	}
	return nil
}

func isConfigName(path string) bool {
	b := filepath.Base(path)
	return b == ".copydesk.yml" || b == ".copydesk.yaml"
}

// uriPath turns a file: URI into a path; anything else is kept as it is
// (an unsaved buffer's "untitled:" URI still gets checked, as text).
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return uri
	}
	return filepath.FromSlash(u.Path) // not built for Windows, whose file:///C:/x would need its "/" cut
}

// pathURI turns a path into a file: URI.
func pathURI(path string) string {
	if strings.Contains(path, ":") && !filepath.IsAbs(path) {
		return path // already a URI (see uriPath)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x is file:///C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
