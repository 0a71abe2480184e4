package misquote

const summary = "a quotation that differs from the record (transcripts, subtitles, notes) or is put in the wrong mouth"

const doc = `Holds every direct quotation of five words or more against the desk's
record — transcripts, interview notes, press releases, subtitles — named by
` + "`sources:`" + ` globs in the config or ` + "`--sources PATH...`" + ` on check, and
aligns the two word by word.

- **Verbatim**, or different only as news style allows, is not reported:
  the case of a letter, punctuation, curly or straight marks, words left out
  at an ellipsis (… or ...), words the writer added in [brackets] (which may
  stand for the record's words), and, with ` + "`allow_fillers: true`" + `,
  the record's "uh" and "um".
- **Altered** — a word changed, added, or dropped without an ellipsis — is a
  warning naming the record's file and line and showing the word diff:
  the record's words [-struck-] and the quotation's {+added+}. The record's
  passage is a related location; the fix restores its words (never safe:
  the record may be the one in error, a prepared text lacking what was
  said).
- **The wrong speaker**: when the record labels the passage's speaker
  (` + "`TRUMP:`" + `, ` + "`Speaker 1 (00:01:02):`" + `, a WebVTT ` + "`<v Name>`" + `) and the
  article attributes the quotation to someone else by name, a warning
  names both.
- **Not found**: nothing, unless ` + "`require_source: true`" + ` (info).

A quotation is taken to come from the passage holding most of its
three-word shingles when its words are found there in order, in runs, with
no more than a quarter of them (one, in a short quotation) its own; a
quotation under ten words must also begin and end on the passage's words.
Less is another remark that shares a phrase with the record, and is not
reported. The wrong speaker is reported only when the article names
someone the record labels, and not for words the record's speaker is
quoting.

## Options

- ` + "`require_source`" + ` (false): report a quotation no source holds (info).
- ` + "`allow_fillers`" + ` (false): a quotation may leave out "uh", "um", "er".
- ` + "`min_words`" + ` (5): the shortest quotation checked.

The rule does nothing when no source is configured.
`
