#!/usr/bin/env bash
# Regenerates extract/data/english.txt.gz: the lower-case words of Debian's
# wamerican dictionary. The extractor uses them to tell a capital that only
# starts a sentence ("Nevertheless", "Batteries") from a name.
set -euo pipefail
cd "$(dirname "$0")/../.."
dict=/usr/share/dict/american-english
if [ ! -f "$dict" ]; then
	apt-get install -y wamerican
fi
grep -E '^[a-z]+$' "$dict" | LC_ALL=C sort -u | gzip -9n > extract/data/english.txt.gz
echo "wrote extract/data/english.txt.gz ($(zcat extract/data/english.txt.gz | wc -l) words)"
