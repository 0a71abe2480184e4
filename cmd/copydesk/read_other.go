//go:build !unix

package main

// Elsewhere (Windows) opening a named pipe does not block in the same way,
// and there is no O_NOFOLLOW: a file is looked at (Lstat for a walked one)
// before it is opened, and checked again after.
const (
	openNonBlock = 0
	openNoFollow = 0
)
