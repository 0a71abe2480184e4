// Package typography holds the rules for the marks and spaces between
// words: apostrophe-style, dash, spacing and repeated-word. Each works on the
// prose of an article (Paragraph.Text), never on markup, and points at the
// exact source bytes it is about.
package typography

const apostropheSummary = "straight and curly apostrophes or quotation marks mixed in one article"

const apostropheDoc = `Finds an apostrophe or quotation mark whose style differs from the rest
of the article: a straight "Baghdad's" among curly "army’s", or a curly “quote”
pasted into copy that is straight throughout. The article's majority decides,
unless the house style is set.

The fix replaces the mark with its counterpart. Curling a straight mark is
safe where its neighbours say which one it is: ’ inside or after a word
(Baghdad’s, leaders’), ’ before two digits (’90s), “ before a word and ” after
one. A straight single quote before a word may open a quotation (‘) or mark an
elision (’tis), so that fix is offered but not applied automatically.

## Treatment of special cases

- **Turned apostrophes**: an opening mark ‘ where an apostrophe is meant, as
  word processors leave it (‘80s, rock ‘n’ roll, ‘em, ‘til, ‘tis), is flagged
  in curly copy with ’ as a safe fix.
- **Accents for apostrophes**: a backtick or acute accent between letters
  ("Baghdad` + "`" + `s", "don´t") is flagged in any article and fixed to its style.
- **Primes**: a straight mark after a figure (6'2", a 5' wall) is a
  measurement and is neither counted nor flagged.
- **A tie** between the two styles says nothing about the house style: the
  straight marks are flagged (curly is the typeset norm), with fixes left for a
  human to apply.
- **Markup**: only prose is read; quotes in HTML attributes or Markdown code
  are never seen. An entity (&rsquo;) counts as the mark it stands for; its fix
  is not applied automatically.

## Options

    rules:
      apostrophe-style:
        style: auto      # auto (the article's majority), curly or straight
`

const dashSummary = "a spaced or double hyphen used as a dash, or dashes of mixed styles"

const dashDoc = `Finds a dash written with hyphens, "ERBIL, Kurdistan Region - A joint
…" or "notebooks -- even", and dashes whose style differs from the rest of the
article (a spaced en dash among closed-up em dashes). The fix writes the house
dash.

The house dash is the configured one, or else the style most of the article's
dashes use. In typeset copy (copy with curly quotes or an ellipsis character)
a spaced hyphen is always a typewriter stand-in for a dash. In typewriter copy
(straight quotes throughout, as many wire feeds are) a spaced hyphen may be
the article's dash, and only a double hyphen or a minority style is flagged.
Where the article has no dash to follow and no house dash is set, the fix
proposes a spaced em dash but is not marked safe, since em or en is the house's
choice.

## Treatment of special cases

- **Hyphens and ranges** are not dashes: al-Sudani, 1990–95, London–Paris, a
  score or sum written "2 - 1".
- **A range of days or months written with a spaced hyphen** (Monday - Friday,
  January - March) is flagged with a closed-up en dash as a safe fix, whatever
  the house dash. Between two other capitalised words (London - Paris) a
  spaced hyphen may be a route, which takes a closed-up en dash, or a dash
  after a dateline: it is flagged as a dash, with the fix left to a human.
- **A line opening with "- "** is a bullet, not a dash; a dash must have words
  on both sides on one line.
- **Arrows and rules** (-->, ----) are left alone.

## Options

    rules:
      dash:
        dash: auto   # auto, em (word—word), spaced-em (word — word),
                     # spaced-en (word – word) or spaced-hyphen (word - word)
`

const spacingSummary = "double spaces between words, or a space before punctuation"

const spacingDoc = `Finds two or more spaces between words, and a space before a comma, full
stop, colon, semicolon, question or exclamation mark ("Commerzbank ."). The fix
deletes the extra space; it is safe except where the space follows other
punctuation (". ."), where the stray mark may be what should go.

## Treatment of special cases

- **Two spaces after a full stop** are a typewriter convention some copy keeps
  throughout; they are flagged only where most of the article's sentences are
  followed by one space.
- **HTML** collapses runs of white space when it is displayed, so they are not
  found there; no-break spaces (&nbsp;) are deliberate and left alone.
- **Not punctuation**: an ellipsis (" ..."), a decimal (" .5"), a name
  (" .NET") or an emoticon (" :)").
- **French** (language fr) sets a space before ; : ! ? by rule; only commas
  and full stops are checked.
- Indentation and line breaks are not spaces between words.
`

const repeatedSummary = "a word repeated by mistake: \"the the\""

const repeatedDoc = `Finds a word written twice in a row with only spaces or a line break
between: "the the", "to to". The fix deletes the second copy; it is safe for
short function words (the, of, to, was …), which are never doubled on purpose,
and left to a human otherwise ("a long long way" may be meant).

## Treatment of special cases

- **Meant twice**: "had had", "that that", "is is" ("what it is is"), "bye bye",
  "knock knock" and a few more are not flagged.
- **Names**: two capitalised copies ("Duran Duran", "Sirhan Sirhan") are left
  alone; "The the" at the start of a sentence is flagged.
- **Figures and single letters** ("10 10", "B B") are not words.
- Punctuation between the copies ("no, no", "very. Very") ends the check.
`
