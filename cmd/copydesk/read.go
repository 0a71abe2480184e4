package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// defaultMaxFileSize is the largest file read unless --max-file-size says
// otherwise: far above any article, far below what would exhaust memory.
const defaultMaxFileSize = 16 << 20

// readFile reads the regular file at path, at most limit bytes of it. A
// named pipe, a device (/dev/zero, /dev/stdin), a socket or a folder is
// refused rather than read: a pipe would block the run for ever, a device
// would fill memory. The file is opened without blocking (a pipe swapped in
// after the Stat cannot hang it) and checked again once open; it is read
// through a limit, so a file that grows while it is read cannot pass it.
// With noFollow (a file the walk found, not a link), a symbolic link found
// at path instead is refused.
func readFile(path string, limit int64, noFollow bool) ([]byte, error) {
	stat := os.Stat
	if noFollow {
		stat = os.Lstat
	}
	st, err := stat(path) // before opening: a socket would fail to open with a puzzling error
	if err != nil {
		return nil, err // *PathError names the file
	}
	if err := regular(st, limit); err != nil {
		return nil, err
	}
	return openRegular(path, limit, noFollow)
}

// readWalkedFile reads a file the walk found to be a regular file (not a
// link), as readFile does with noFollow but, where the system can open a
// file without following a link (openNoFollow), without its Stat before
// opening: one system call less a file, for most files of a run. What has
// been swapped in since the walk is still refused: the open does not block
// or follow a link, and the opened file is checked (a device swapped in is
// opened before it is refused, without becoming the terminal). Only when
// the open fails is the path looked at, for the error readFile would give
// (a socket or a link cannot be opened so, and would otherwise be a
// puzzling error). Where there is no such open (Windows), it is readFile.
func readWalkedFile(path string, limit int64) ([]byte, error) {
	if openNoFollow == 0 {
		return readFile(path, limit, true)
	}
	data, err := openRegular(path, limit, true)
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Op == "open" {
		st, serr := os.Lstat(path)
		if serr != nil {
			return nil, serr
		}
		if serr := regular(st, limit); serr != nil {
			return nil, serr
		}
	}
	return data, err
}

// openRegular opens path without blocking (and, with noFollow, without
// following a link), refuses what is then not a regular file of at most
// limit bytes, and reads it.
func openRegular(path string, limit int64, noFollow bool) ([]byte, error) {
	flags := os.O_RDONLY | openNonBlock
	if noFollow {
		flags |= openNoFollow
	}
	f, err := os.OpenFile(path, flags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := regular(st, limit); err != nil {
		return nil, err
	}
	return readLimited(f, st.Size(), limit)
}

// readLimited reads r whole, refusing more than limit bytes; size is what
// the file is expected to hold, to allocate once.
func readLimited(r io.Reader, size, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(min(size, limit)) + bytes.MinRead) // room to see the end without growing
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, tooLarge(limit)
	}
	return buf.Bytes(), nil
}

// regular refuses what is not a regular file no larger than limit.
func regular(st fs.FileInfo, limit int64) error {
	if !st.Mode().IsRegular() {
		return fmt.Errorf("not a regular file (%s); copydesk reads only regular files", kind(st.Mode()))
	}
	if st.Size() > limit {
		return tooLarge(limit)
	}
	return nil
}

// errTooLarge is what readFile returns, wrapped, for a file over the limit.
var errTooLarge = errors.New("file too large")

func tooLarge(limit int64) error {
	return fmt.Errorf("%w: it is over the limit of %s (--max-file-size); an article is far smaller, so this is likely not one: leave it out, or raise the limit",
		errTooLarge, formatSize(limit))
}

// kind names a file type that is not a regular file, for people.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link that was not one when the folder was walked"
	}
	return "type " + m.Type().String()
}
