package article

// readMarkdown and readHTML are filled in by markdown.go and html.go.
func (a *Article) readMarkdown() error { a.readText(); return nil }
func (a *Article) readHTML() error     { a.readText(); return nil }
