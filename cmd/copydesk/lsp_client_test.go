//go:build !windows

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// lspClient drives `copydesk lsp` as an editor does: JSON-RPC messages
// with Content-Length headers on the server's standard input and output.
type lspClient struct {
	t      *testing.T
	cmd    *exec.Cmd
	in     io.WriteCloser
	mu     sync.Mutex
	nextID int
	waits  map[int]chan rpcMessage
	notes  chan rpcMessage
	reqs   chan rpcMessage // the server's requests, answered with null
	done   chan error
	stderr strings.Builder
}

type rpcMessage struct {
	JSONRPC string           `json:"jsonrpc"`
	ID      *json.RawMessage `json:"id,omitempty"`
	Method  string           `json:"method,omitempty"`
	Params  json.RawMessage  `json:"params,omitempty"`
	Result  json.RawMessage  `json:"result,omitempty"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// rpcGuard bounds how long the client waits for one answer, so a broken
// server fails the test instead of hanging it; no timing is asserted.
const rpcGuard = 60 * time.Second

// copydeskBin is the test binary under the name "copydesk", which
// testscript.Main (TestMain) runs as the copydesk command.
func copydeskBin(t *testing.T) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "copydesk")
	if err := os.Symlink(self, bin); err != nil {
		t.Fatal(err)
	}
	return bin
}

func startLSP(t *testing.T, dir string) *lspClient {
	t.Helper()
	c := &lspClient{t: t, waits: map[int]chan rpcMessage{}, notes: make(chan rpcMessage, 100), reqs: make(chan rpcMessage, 10), done: make(chan error, 1)}
	c.cmd = exec.Command(copydeskBin(t), "lsp")
	c.cmd.Dir = dir
	c.cmd.Stderr = &c.stderr
	var err error
	if c.in, err = c.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	out, err := c.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go c.read(bufio.NewReader(out))
	t.Cleanup(func() { _ = c.cmd.Process.Kill() })
	return c
}

// read dispatches the server's messages: answers to their callers,
// notifications to notes, and requests (none expected) answered with null.
func (c *lspClient) read(r *bufio.Reader) {
	for {
		n := -1
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				c.done <- c.cmd.Wait()
				close(c.notes)
				return
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				n, _ = strconv.Atoi(v)
			}
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			continue
		}
		var m rpcMessage
		if err := json.Unmarshal(body, &m); err != nil {
			continue
		}
		switch {
		case m.Method != "" && m.ID != nil:
			c.send(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": nil})
			c.reqs <- m
		case m.Method != "":
			c.notes <- m
		case m.ID != nil:
			id, _ := strconv.Atoi(string(*m.ID))
			c.mu.Lock()
			ch := c.waits[id]
			c.mu.Unlock()
			if ch != nil {
				ch <- m
			}
		}
	}
}

func (c *lspClient) send(msg any) {
	data, err := json.Marshal(msg)
	if err != nil {
		c.t.Fatal(err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(data), data); err != nil {
		c.t.Fatalf("writing to the server: %v", err)
	}
}

// call sends a request and decodes its result into result (may be nil).
func (c *lspClient) call(method string, params, result any) {
	c.t.Helper()
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan rpcMessage, 1)
	c.waits[id] = ch
	c.mu.Unlock()
	c.send(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	select {
	case m := <-ch:
		if m.Error != nil {
			c.t.Fatalf("%s: error %d %s", method, m.Error.Code, m.Error.Message)
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				c.t.Fatalf("%s: result %s: %v", method, m.Result, err)
			}
		}
	case <-time.After(rpcGuard):
		c.t.Fatalf("%s: no answer; server stderr:\n%s", method, c.stderr.String())
	}
}

func (c *lspClient) notify(method string, params any) {
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

type lspDiagnostic struct {
	Range struct {
		Start struct{ Line, Character int } `json:"start"`
		End   struct{ Line, Character int } `json:"end"`
	} `json:"range"`
	Severity        int    `json:"severity"`
	Code            string `json:"code"`
	Source          string `json:"source"`
	Message         string `json:"message"`
	CodeDescription struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
	RelatedInformation []struct {
		Location struct {
			URI   string `json:"uri"`
			Range struct {
				Start struct{ Line, Character int } `json:"start"`
				End   struct{ Line, Character int } `json:"end"`
			} `json:"range"`
		} `json:"location"`
		Message string `json:"message"`
	} `json:"relatedInformation"`
}

type publishedDiagnostics struct {
	URI         string          `json:"uri"`
	Version     int             `json:"version"`
	Diagnostics []lspDiagnostic `json:"diagnostics"`
}

// diagnostics waits for the diagnostics of uri at version, skipping
// those of other documents and versions.
func (c *lspClient) diagnostics(uri string, version int) publishedDiagnostics {
	c.t.Helper()
	timeout := time.After(rpcGuard)
	for {
		select {
		case m, ok := <-c.notes:
			if !ok {
				c.t.Fatalf("server exited; stderr:\n%s", c.stderr.String())
			}
			if m.Method != "textDocument/publishDiagnostics" {
				continue
			}
			var p publishedDiagnostics
			if err := json.Unmarshal(m.Params, &p); err != nil {
				c.t.Fatal(err)
			}
			if p.URI == uri && p.Version == version {
				return p
			}
		case <-timeout:
			c.t.Fatalf("no diagnostics for %s version %d; stderr:\n%s", uri, version, c.stderr.String())
		}
	}
}

// request waits for the server's next request to the client.
func (c *lspClient) request() rpcMessage {
	c.t.Helper()
	select {
	case m := <-c.reqs:
		return m
	case <-time.After(rpcGuard):
		c.t.Fatal("the server sent no request")
	}
	return rpcMessage{}
}

// codes lists the rule of each diagnostic, in order.
func codes(p publishedDiagnostics) []string {
	var out []string
	for _, d := range p.Diagnostics {
		out = append(out, d.Code)
	}
	return out
}
