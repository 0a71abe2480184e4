package engine_test

import "github.com/copydesk/copydesk/rules/article"

func articleFormat(name string) (article.Format, bool) { return article.FormatOf(name) }
