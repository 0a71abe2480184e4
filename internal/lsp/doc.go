// Package lsp is copydesk's language server: it checks the documents an
// editor has open with the same engine and configuration as `copydesk
// check`, and offers the findings as diagnostics, their fixes as code
// actions and the rules' documentation on hover.
//
// The protocol (JSON-RPC framing, message types, dispatch) comes from
// github.com/tliron/glsp; this package holds only what copydesk says.
//
// It is built for every system but Windows: its protocol library,
// github.com/tliron/glsp, logs through github.com/tliron/kutil, whose
// Windows code does not compile against any released termenv.
package lsp
