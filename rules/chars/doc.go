// Package chars holds the rules for damage to the characters themselves,
// the kind copy picks up moving between systems and a reader cannot see or
// cannot explain: invisible-character, mixed-script, mojibake and
// unicode-normalization. Each reads only the prose of an article, so markup,
// code and attributes are never reported, and points at the exact bytes.
package chars

const invisibleSummary = "an invisible character in the text: zero-width space, soft hyphen, BOM, control or bidirectional character"

const invisibleDoc = `Finds characters a reader cannot see that change how text behaves: zero-width
spaces, joiners and non-joiners, word joiners, soft hyphens, a byte order mark
inside the text (where files were pasted together), tag characters, control
characters (a stray carriage return, NUL, BEL), line and paragraph separators
(which break JavaScript and JSON feeds), and bidirectional controls, which can
make text display in an order other than the one it is stored in ("Trojan
Source", CVE-2021-42574). They split words for search and spelling, hide
within names, and survive into headlines and feeds.

The fix deletes the character, and is safe except for bidirectional controls
in a paragraph with right-to-left text, where they may be doing their job, and
line separators, which may stand for a break.

## Treatment of special cases

- **Emoji**: a zero-width joiner inside an emoji sequence (👩‍💻) and the tag
  characters of a subdivision flag are part of the emoji.
- **Scripts that use joiners**: a zero-width (non-)joiner next to a letter of
  Persian, Arabic, Devanagari and other scripts that shape with them is meant.
- **A BOM at the start of the file** is the file's encoding signature, not
  text; one anywhere else is reported.
- **Markup**: only prose is read. An entity (&shy;, &#8203;) is reported like
  the character, but its removal is left to a human.
- C1 control characters (U+0080–U+009F) are reported by mojibake, as they are
  nearly always Windows-1252 punctuation read as Latin-1.
`

const mixedSummary = "a word mixing Latin, Cyrillic or Greek look-alike letters"

const mixedDoc = `Finds a word written mostly in one alphabet with a look-alike letter from
another: Latin "Kiеv" with a Cyrillic "е" (U+0435), "Bаnk" with a Cyrillic
"а". The word looks right but search, spelling checks and name matching miss
it; it is how copy pasted from mixed-keyboard sources, and deliberate
spoofing, go wrong. The fix writes the stray letters in the word's own
alphabet, and is safe: every one of them has an identical twin there.

## Treatment of special cases

- **Names in another script** are written wholly in it (Москва, Αθήνα) and are
  not findings; only letters mixed within one word are.
- **Other scripts** next to Latin (Japanese, Korean, Arabic, Chinese) are how
  those languages are written and are not checked.
- **A word whose foreign letters look different** ("λ-calculus") is mixed on
  purpose and is not reported.
- Accented Latin letters (é, ø, ł) are Latin.
`

const mojibakeSummary = "text garbled by a wrong encoding (â€™, Ã©, Â£) or a file that is not UTF-8"

const mojibakeDoc = `Finds text that was decoded with the wrong encoding on its way through some
system: UTF-8 read as Windows-1252, so ’ becomes "â€™", é becomes "Ã©" and £
becomes "Â£" (sometimes twice over, "Ã¢â‚¬â„¢"); C1 control characters, which
are Windows-1252 punctuation read as Latin-1 (U+0092 for ’); the replacement
character U+FFFD, where a character was already lost; and bytes that are not
UTF-8 at all, from a file, or part of one, saved in another encoding.

The fix re-decodes: a garbled sequence turns back into the one character its
bytes spell, which is certain, so the fix is safe. Bytes that are not UTF-8
are shown as Windows-1252 would read them (0xA3 is £), but that is a guess
about the encoding, and the fix is left to a human. A replacement character
has no fix: what it stood for is gone.

## Treatment of special cases

- Only sequences that decode to one valid UTF-8 character count, which real
  words never do: "São", "à la", "Ångström" are not garbled.
- **Mac Roman**: ’ read as Mac Roman is "‚Äô". Mac Roman's upper half holds
  ordinary letters (Ä, é, ö), so only repairs to punctuation (’ “ ” – — …) are
  believed there.
- **Garbled, then decomposed**: "Ã©" whose Ã was later stored as A + U+0303
  is still repaired whole, and is not also reported as decomposed.
- Bytes that are not UTF-8 outside the prose (in markup) give one finding for
  the file, at the first of them.
`

const normSummary = "decomposed (NFD) letters and accents; use composed NFC"

const normDoc = `Finds letters stored decomposed (Unicode NFD): "e" followed by a combining
acute accent instead of "é", as macOS file names and some editors produce.
They look the same, but search, sorting, spell checks and name matching treat
the two forms as different text, so one article can hold a name both ways.
The fix composes them (NFC), which is certain and safe.

## Treatment of special cases

- A letter with a combining mark that has no composed form (q̃) is left alone:
  NFC keeps it as it is.
- Characters NFC replaces one for one (the Ångström sign, CJK compatibility
  ideographs) are not decomposed text and are not reported.
- Neighbouring decomposed letters of one word are one finding.
`
