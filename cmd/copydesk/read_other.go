//go:build !unix

package main

// Elsewhere (Windows) opening a named pipe does not block in the same way,
// and there is no O_NOFOLLOW; the Stat and the check after opening remain.
const (
	openNonBlock = 0
	openNoFollow = 0
)
