package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/sources"
)

// desk holds the desk page, its script and style, and the OpenAPI
// description: embedded, so the page works with no network but this server.
//
//go:embed desk
var desk embed.FS

// serveFlags are the flags of `copydesk serve`.
type serveFlags struct {
	addr    string
	config  string
	maxBody sizeFlag
	timeout time.Duration
	workers int
	sources []string // the desk's record, added to the configuration's sources
}

func newServe() *cobra.Command {
	var fl serveFlags
	c := &cobra.Command{
		Use:   "serve",
		Short: "Serve the desk page and an HTTP API for checking copy",
		Long: `Serve answers on --addr with a desk page at / (paste or drop copy, see
every finding in place, apply fixes, copy the clean text back) and a JSON
API for a CMS: POST /v1/check returns the findings as check --format json
does, POST /v1/fix the fixed text and its diff. /openapi.json describes the
API and /healthz answers "ok". Quotations are held against the desk's
record: the configuration's sources: and --sources (files on this server). The configuration is read as check reads it,
afresh for each request; nothing is kept between requests. Requests are
logged as JSON lines on standard error.`,
		Example: `  copydesk serve
  copydesk serve --addr :8080 --config newsroom.yml
  curl -s localhost:7777/v1/check -d '{"text":"Teh end.","format":"txt"}'`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runServe(c, &fl) },
	}
	f := c.Flags()
	f.StringVar(&fl.addr, "addr", "127.0.0.1:7777", "address to listen on (host:port; the default answers this machine only)")
	f.StringVar(&fl.config, "config", "", "config file (default: .copydesk.yml here or in a parent folder)")
	fl.maxBody = 1 << 20
	f.Var(&fl.maxBody, "max-body", "largest request body accepted (e.g. 512KB, 4MB)")
	f.DurationVar(&fl.timeout, "timeout", 10*time.Second, "longest a request may take, waiting for a free worker included")
	f.IntVar(&fl.workers, "workers", runtime.NumCPU(), "requests checked at once (one per CPU unless given)")
	addSourcesFlag(f, &fl.sources)
	return c
}

func runServe(c *cobra.Command, fl *serveFlags) error {
	if fl.workers < 1 {
		return fmt.Errorf("--workers %d: want at least 1", fl.workers)
	}
	if fl.timeout <= 0 {
		return fmt.Errorf("--timeout %s: want a positive duration", fl.timeout)
	}
	s, err := newServer(fl, slog.New(slog.NewJSONHandler(c.ErrOrStderr(), nil)))
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", fl.addr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: s.handler(), ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: fl.timeout + 10*time.Second, WriteTimeout: fl.timeout + 10*time.Second}
	ctx, stop := signal.NotifyContext(c.Context(), os.Interrupt, syscall.SIGTERM) // stop cleanly: finish the requests in hand
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), fl.timeout)
		defer cancel()
		_ = hs.Shutdown(shut)
	}()
	s.log.Info("listening", "addr", "http://"+ln.Addr().String(), "config", s.configPath, "workers", fl.workers)
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// server answers the desk page and the API. It keeps no state between
// requests: each one loads the configuration and builds its own engine
// (the sources' index alone is kept while its files are unchanged, in
// its sources.Cache).
type server struct {
	configPath string   // "" for the defaults
	sources    []string // serve --sources, absolute (the record the misquote rule reads)
	// cache keeps the record's index: every request reads the
	// configuration afresh, but the record is read and indexed again only
	// when one of its files has changed
	cache   *sources.Cache
	maxBody int64
	timeout time.Duration
	slots   chan struct{} // one per request being checked: bounds the CPU in use
	log     *slog.Logger
	// beforeWork, if set, runs in the worker before a request is checked
	// (tests use it to make a request slow).
	beforeWork func()
}

// newServer makes a server from the flags. The configuration is found and
// loaded once here, so that a broken one is an error at start, not on
// every request.
func newServer(fl *serveFlags, log *slog.Logger) (*server, error) {
	path := fl.config
	if path == "" {
		wd, _ := os.Getwd()
		path = config.Find(wd)
	}
	// The record's paths are made absolute once, so that they name the
	// same files however long the server runs.
	var srcs []string
	for _, p := range fl.sources {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, abs)
	}
	cache := new(sources.Cache)
	if _, _, err := setup(path, 1, sourcesSetter(srcs), sourceCacheSetter(cache)); err != nil {
		return nil, err
	}
	workers := fl.workers
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	return &server{configPath: path, sources: srcs, cache: cache, maxBody: int64(fl.maxBody), timeout: fl.timeout,
		slots: make(chan struct{}, workers), log: log}, nil
}

func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	page, _ := fs.Sub(desk, "desk")
	mux.HandleFunc("/v1/check", post(s, s.check))
	mux.HandleFunc("/v1/fix", post(s, s.fix))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		http.ServeFileFS(w, r, page, "openapi.json")
	})
	mux.Handle("/", http.FileServerFS(page))
	return s.logged(securityHeaders(mux))
}

// securityHeaders keeps the page to its own assets: no script or style from
// elsewhere, no framing by another site.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		h.ServeHTTP(w, r)
	})
}

// logged writes one JSON line per request on the server's log.
func (s *server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"bytes_in", r.ContentLength, "bytes_out", rec.n, "ms", float64(time.Since(start).Microseconds())/1000,
			"remote", r.RemoteAddr)
	})
}

// statusRecorder remembers the status and size of a response, for the log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	n      int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.n += n
	return n, err
}
