//go:build !windows

package lsp

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
	"github.com/tliron/glsp/server"

	"github.com/copydesk/copydesk/rules/engine"
)

// Workspace is the configuration of the folder the editor opened, built
// by the CLI from its .copydesk.yml exactly as `copydesk check` builds it.
type Workspace interface {
	// Engine returns the engine for the files at paths, with the nested
	// config files above them applied.
	Engine(paths []string) (*engine.Engine, error)
	// DictionaryFile is where "add to dictionary" writes: the config's
	// first dictionary_files entry; "" when it names none.
	DictionaryFile() string
	// Watched says whether a change to the file at path changes the
	// configuration (a config file, a dictionary or names file).
	Watched(path string) bool
}

// Loader builds the workspace for a root folder ("" for the server's
// working folder). It is called again whenever the configuration changes.
type Loader func(root string) (Workspace, error)

// Options tune the server.
type Options struct {
	Load    Loader
	Version string
	// Debounce is how long a document must rest after a change before it
	// is checked again; 0 means 200ms.
	Debounce time.Duration
}

// Server is one editor's session.
type Server struct {
	opts    Options
	handler protocol.Handler

	mu       sync.Mutex
	root     string
	ws       Workspace
	wsErr    error
	enc      string
	docs     map[string]*document // by URI
	notify   glsp.NotifyFunc
	shutdown bool
	watch    bool // the client can watch files for us (dynamic registration)
}

// New returns a server; Run serves it.
func New(opts Options) *Server {
	if opts.Debounce == 0 {
		opts.Debounce = 200 * time.Millisecond
	}
	s := &Server{opts: opts, docs: map[string]*document{}, enc: encUTF16}
	s.handler = protocol.Handler{
		Initialize:                     s.initialize,
		Initialized:                    s.initialized,
		Shutdown:                       s.shutdownRequest,
		Exit:                           func(*glsp.Context) error { return nil },
		SetTrace:                       func(*glsp.Context, *protocol.SetTraceParams) error { return nil },
		TextDocumentDidOpen:            s.didOpen,
		TextDocumentDidChange:          s.didChange,
		TextDocumentDidSave:            s.didSave,
		TextDocumentDidClose:           s.didClose,
		WorkspaceDidChangeWatchedFiles: s.didChangeWatchedFiles,
		TextDocumentCodeAction:         s.codeAction,
		TextDocumentHover:              s.hover,
		WorkspaceExecuteCommand:        s.executeCommand,
	}
	return s
}

// ErrNoShutdown is RunStdio's error when the client exits without asking
// the server to shut down first: the protocol's exit code 1.
var ErrNoShutdown = errors.New("the client exited without asking the server to shut down")

// RunStdio serves the protocol on standard input and output until the
// client sends exit or closes the stream.
func (s *Server) RunStdio() error {
	srv := server.NewServer(&s.handler, "copydesk", false)
	srv.ReadTimeout, srv.WriteTimeout = 0, 0 // an editor may be idle for hours
	if err := srv.RunStdio(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.docs {
		d.stop()
	}
	if !s.shutdown {
		return ErrNoShutdown
	}
	return nil
}

// initializeParams are the parts of the 3.17 initialize request that
// glsp's 3.16 types lack: the position encodings the client can take.
type initializeParams struct {
	Capabilities struct {
		General struct {
			PositionEncodings []string `json:"positionEncodings"`
		} `json:"general"`
	} `json:"capabilities"`
}

// capabilities adds 3.17's positionEncoding to glsp's 3.16 capabilities.
type capabilities struct {
	protocol.ServerCapabilities
	PositionEncoding string `json:"positionEncoding,omitempty"`
}

type initializeResult struct {
	Capabilities capabilities                         `json:"capabilities"`
	ServerInfo   *protocol.InitializeResultServerInfo `json:"serverInfo,omitempty"`
}

func (s *Server) initialize(ctx *glsp.Context, p *protocol.InitializeParams) (any, error) {
	var extra initializeParams
	_ = json.Unmarshal(ctx.Params, &extra) // the 3.16 decode succeeded; missing fields stay empty
	s.mu.Lock()
	defer s.mu.Unlock()
	s.notify = ctx.Notify
	if slices.Contains(extra.Capabilities.General.PositionEncodings, encUTF8) {
		s.enc = encUTF8
	}
	switch {
	case p.RootURI != nil:
		s.root = uriPath(*p.RootURI)
	case p.RootPath != nil:
		s.root = *p.RootPath
	}
	s.ws, s.wsErr = s.opts.Load(s.root)
	if w := p.Capabilities.Workspace; w != nil && w.DidChangeWatchedFiles != nil && w.DidChangeWatchedFiles.DynamicRegistration != nil {
		s.watch = *w.DidChangeWatchedFiles.DynamicRegistration
	}

	sync := protocol.TextDocumentSyncOptions{
		OpenClose: ptr(true),
		Change:    ptr(protocol.TextDocumentSyncKindFull),
		Save:      protocol.SaveOptions{IncludeText: ptr(false)},
	}
	caps := capabilities{PositionEncoding: s.enc}
	caps.TextDocumentSync = sync
	caps.HoverProvider = true
	caps.CodeActionProvider = protocol.CodeActionOptions{CodeActionKinds: []protocol.CodeActionKind{
		protocol.CodeActionKindQuickFix, kindFixAll,
	}}
	caps.ExecuteCommandProvider = &protocol.ExecuteCommandOptions{Commands: []string{cmdAddToDictionary}}
	return initializeResult{Capabilities: caps, ServerInfo: &protocol.InitializeResultServerInfo{Name: "copydesk", Version: &s.opts.Version}}, nil
}

// initialized asks the client to watch the config files (and the
// dictionary) on disk, so that an edit made outside the editor, or a
// `git pull`, reloads the configuration too.
func (s *Server) initialized(ctx *glsp.Context, _ *protocol.InitializedParams) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.watch {
		return nil
	}
	watchers := []protocol.FileSystemWatcher{{GlobPattern: "**/.copydesk.yml"}, {GlobPattern: "**/.copydesk.yaml"}}
	if s.ws != nil && s.ws.DictionaryFile() != "" {
		watchers = append(watchers, protocol.FileSystemWatcher{GlobPattern: filepath.ToSlash(s.ws.DictionaryFile())})
	}
	params := protocol.RegistrationParams{Registrations: []protocol.Registration{{ID: "copydesk-config",
		Method: protocol.MethodWorkspaceDidChangeWatchedFiles, RegisterOptions: protocol.DidChangeWatchedFilesRegistrationOptions{Watchers: watchers}}}}
	// A request to the client waits for its answer, which the connection
	// reads only after this handler returns: send it from a goroutine.
	go ctx.Call(protocol.ServerClientRegisterCapability, params, nil)
	return nil
}

func (s *Server) shutdownRequest(*glsp.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shutdown = true
	return nil
}

// reload re-reads the configuration and re-checks every open document.
// A broken config keeps the last good one and is shown to the user.
func (s *Server) reload() {
	s.mu.Lock()
	ws, err := s.opts.Load(s.root)
	if err == nil {
		s.ws = ws
	}
	s.wsErr = err
	for _, d := range s.docs {
		d.schedule(0)
	}
	s.mu.Unlock()
	if err != nil {
		s.showError(err)
	}
}

func (s *Server) showError(err error) {
	s.mu.Lock()
	notify := s.notify
	s.mu.Unlock()
	if notify != nil {
		notify(protocol.ServerWindowShowMessage, protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: "copydesk: " + err.Error()})
	}
}

func ptr[T any](v T) *T { return &v }
