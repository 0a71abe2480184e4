// Package dupe implements the duplicate-block rule: a paragraph, or a run of
// paragraphs, that repeats earlier text of the same article.
package dupe

const summary = "a paragraph or run of paragraphs repeats earlier text of the article"

const doc = `Finds text pasted twice: a paragraph that repeats an earlier one, or a run
of paragraphs — up to a whole article pasted after itself — that repeats an
earlier run. One finding covers the whole repeated run, points to the first
copy, and offers a fix that deletes the repeat.

Paragraphs are compared after normalising case, whitespace and straight or
curly quotes, so a copy that lost its typography is still a copy. Near-copies
with a few words changed are found too (similarity is the share of words the
two paragraphs have in common, in order); their fix is not marked safe, since
the edited copy may be the one to keep.

## Treatment of special cases

- **Short paragraphs** (fewer than ` + "`min_words`" + ` words: "Advertisement",
  "Read more", a one-word list item) are not reported on their own, as
  boilerplate legitimately repeats. Inside a longer repeated run they count as
  part of it.
- **A headline repeated as the first line of the body** (a CMS export that
  prints the headline field and then the body, which starts with it again) is
  reported at info level with a safe fix deleting the repeat. A headline is a
  heading, or a first paragraph of at most 20 words that does not end in a
  full stop; a first paragraph that is a whole sentence pasted twice is a
  lede pasted twice, and a warning like any other repeat.
- **Parallel copy** — two paragraphs built on one pattern that differ in two
  or more names each way (a weather warning for Leeds and Bradford, another
  for Hull and York) — is not a near-copy: an edited paste changes a word or
  two, seldom several names.
- **List items** are paragraphs like any other: a long list item pasted twice
  is reported; short ones fall under the rule for short paragraphs.

## Options

    rules:
      duplicate-block:
        min_words: 8        # shortest paragraph reported on its own
        similarity: 0.8     # 0..1; 1 finds exact copies only

## Cost

Linear in the article's length: exact copies are found by hashing, near-copy
candidates through an index of three-word shingles, and only the best
candidate of each paragraph is compared word by word.
`
