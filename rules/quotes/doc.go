// Package quotes checks quotations: that someone is named as saying them
// (unattributed-quote), that their marks open and close (unbalanced-quote),
// and, when asked, that quoted terms have an owner (scare-quote).
//
// Quote marks are found in each paragraph's Text (markup already removed),
// apostrophes (don’t, Baghdad’s, ’90s, rock ’n’ roll, the plural possessive
// s’) told apart from single quote marks, and paired with nesting. A quote
// with no closing mark whose next paragraph opens with a mark runs on: the
// newsroom convention for quotations of several paragraphs.
package quotes

const unattributedSummary = "a quotation no one is named as saying"

const unattributedDoc = `Finds quotations — a clause or more in quote marks — with no one named as
saying them. A reader should always know whose words they are reading.

A quotation is attributed when a cue with a source is found:

- in its own sentence: *said*, *says*, *told*, *added*, *asked*, *wrote*,
  *stated*, *tweeted*, *posted*, *according to*, *in a statement*, *quoted as
  saying* and similar verbs, with a speaker before them ("Smith said",
  "the ministry has said") or after them ("said a spokesperson", "it added");
- introduced by words ending in a colon, comma or dash ("Clinton: “…”",
  "Smith replied, “…”"), or tagged after a comma ("“…,” Jones fumed"), by a
  tag ending the sentence ("“…” but we will see, said Smith."), with a
  byline ("“…” ― Jane Smith") or a bracketed credit ("“…” [Reuters]");
- given by an agent ("deemed “…” by the board", "translated by the group
  as “…”"), or owned: "his advice was to “…”", "my advice is “…”";
- in its frame, when the quotation stands alone as a sentence or paragraph,
  within its own paragraph: a sentence ending in a colon before it, a
  sentence before it that names a speaker or holds an attributed
  quotation, an attributed quotation earlier in the paragraph, a sentence
  just before it about a person ("Graham Barlow, the editor, is excited.
  “…”", "He then walked unaided. “…”"), or a "he said" opening the
  sentence after it. The person may be named after a role, a title or an
  appositive, as long as the name is the sentence's subject: "Local baker
  Tom Hill, 52, is furious. “…”", "The editor, Graham Barlow, is excited.
  “…”", "The shop's owner, Tom Hill, …" — but not "Police arrested Tom
  Hill." or "Tom Hill's shop closed.";
- from the paragraph before only as news style (AP, Reuters, BBC) allows:
  when the quotation goes on from a quotation attributed at the end of
  that paragraph, or follows an introduction ending in a colon. A
  paragraph before that only reports speech ("Smith said the plan would
  fail.", "She said the process …") or is about a person ("Trump has
  denied the charge.") leaves the reader to guess whose words follow: the
  quotation is reported at info, "attribution only implied by the
  paragraph before: name the speaker";
- for a quotation inside a sentence about something else, a plain speech
  cue (said, told, according to, …) elsewhere in its paragraph, or a
  sentence subject who is quoted elsewhere in the article.

Cue verbs are recognised in all their forms (report, reports, reported,
reporting), but not as nouns ("the charges", "his comments", "Parking
charges rose") nor when they say that nothing was said: "did not respond",
"would not say", "declined to comment", "refused to comment", "could not
be reached for comment" attribute nothing. Words that were written or worn rather than said need no
speaker: "the lyrics “…”", "a banner reading “…”", "the old adage that
“…”", "“…” was painted on the wall".

A block quotation (Markdown ">", HTML <blockquote>) is attributed by the
paragraph introducing it, a "— Name" byline, or a "he said" after it.

A quotation of several paragraphs (an opening mark at each paragraph, a
closing mark only at the last) is attributed when any part of it is.

Not checked: quoted terms and scare quotes (three words or fewer with no verb,
and short quotes standing as a word before a noun, the “don't know” box;
see scare-quote), nicknames (Michael “Erik” Kurilla), titles of works and
slogans (“The Art of the Deal”), quotes nested in a quotation and quotes in
a headline. Inline HTML <q> elements are checked like any quotation: the
article reader reads them as quotation marks.

**Bad**

    The commission met to “discuss the threat and the capabilities of the force”.

**Good**

    The commission met to “discuss the threat and the capabilities of the force”,
    the Pentagon said.

No fix is offered: only a person knows who said it.`

const unbalancedSummary = "a quote mark that never closes, or closes what never opened"

const unbalancedDoc = `Finds an opening quote mark (“ ‘ ") that is not closed before its
paragraph ends, and a closing mark (” ") with no opening mark before it.

A quotation running over several paragraphs is not a finding when each
following paragraph opens with a quote mark, as newsroom style has it:
the earlier paragraphs have no closing mark.

A ’ or ' after a word is taken for an apostrophe (the plural possessive
"the players’ union") unless it closes an open single quote, so a lone
single closing mark is never reported.

**Bad**

    “We will win, she said.

**Good**

    “We will win,” she said.`

const scareSummary = "a quoted term or scare quote that no one is named as using (opt-in)"

const scareDoc = `Finds quoted terms — three words or fewer, no verb, such as a “transition” —
with no one named as using them in their sentence. Scare quotes signal doubt
without saying whose; attribute the word ("what Washington calls a
“transition”") or drop the marks.

Off by default; enable it with

    rules:
      scare-quote: {enabled: true}`
