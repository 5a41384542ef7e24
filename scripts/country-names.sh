#!/usr/bin/env bash
# Writes data/country-names.json: every country of the shipped basemap, keyed by its English
# name (the basemap's `properties.name`, which the app takes as the country's identity), with its
# ISO 3166-1 numeric id and its names in Russian, Kazakh, Azerbaijani and Turkish from the npm
# package i18n-iso-countries 7.14.0 (MIT licence, copied to data/LICENSE-i18n-iso-countries).
# The English name stays the basemap's own. Called by scripts/prepare-assets.sh, after the
# basemap is in place; needs npm and node. Run alone as scripts/country-names.sh [ROOT].
set -euo pipefail

root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

chmod 755 "$work"
cd "$work"
mkdir -p node_modules
for pkg in i18n-iso-countries@7.14.0 diacritics@1.3.0; do
  tgz=$(npm pack --silent "$pkg")
  tar xzf "$tgz"
  mv package "node_modules/${pkg%@*}"
done
cp node_modules/i18n-iso-countries/LICENSE "$root/data/LICENSE-i18n-iso-countries"

ROOT="$root" node - <<'JS'
const fs = require("fs");
const countries = require("i18n-iso-countries");
const langs = ["ru", "kk", "az", "tr"];
for (const lang of langs) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

// Where the package gives a long official form, a parenthesis or a name shared with another
// entry, the short common name a map uses, chosen by hand (alpha-2 code -> language -> name).
const preferred = {
  RU: { ru: "Россия" }, // the package's own alias of "Российская Федерация"
  CN: { ru: "Китай" }, // not "КНР (Китайская Народная Республика)"
  KP: { ru: "КНДР" }, // the part before the package's parenthesis
  EH: { ru: "Западная Сахара" }, // the territory; the package's "САДР" names a claimant state
  CD: { kk: "Конго Демократиялық Республикасы" }, // the package's "Конго" is also the Republic's
  MM: { kk: "Мьянма", tr: "Myanmar" }, // without "(Бирма)", "(Burma)"
};

// Basemap entries with no ISO code of their own, named by hand. A language left out falls back
// to the English name in the app. Ashmore and Cartier Islands carry Australia's code in the
// basemap, so they are named here rather than taking Australia's name.
const byHand = {
  "Kosovo": { ru: "Косово", kk: "Косово", az: "Kosovo", tr: "Kosova" },
  "N. Cyprus": { ru: "Северный Кипр", kk: "Солтүстік Кипр", az: "Şimali Kipr", tr: "Kuzey Kıbrıs" },
  "Somaliland": { ru: "Сомалиленд", kk: "Сомалиленд", tr: "Somaliland" },
  "Baikonur": { ru: "Байконур", kk: "Байқоңыр", az: "Baykonur", tr: "Baykonur" },
  "Akrotiri": { ru: "Акротири" },
  "Dhekelia": { ru: "Декелия" },
  "Cyprus U.N. Buffer Zone": { ru: "Буферная зона ООН на Кипре" },
  "Siachen Glacier": { ru: "Ледник Сиачен" },
  "USNB Guantanamo Bay": { ru: "Гуантанамо" },
  "Indian Ocean Ter.": { ru: "Австралийские территории в Индийском океане" },
  "Ashmore and Cartier Is.": { ru: "Острова Ашмор и Картье" },
  "Coral Sea Is.": { ru: "Острова Кораллового моря" },
  "Spratly Is.": { ru: "Острова Спратли" },
  "Clipperton I.": { ru: "Остров Клиппертон" },
  "Bajo Nuevo Bank": { ru: "Банка Бахо-Нуэво" },
  "Serranilla Bank": { ru: "Банка Серранилья" },
  "Scarborough Reef": { ru: "Риф Скарборо" },
};

const entries = new Map();
for (const res of ["110m", "50m", "10m"]) {
  const path = `${process.env.ROOT}/data/basemap/countries-${res}.json`;
  const topology = JSON.parse(fs.readFileSync(path, "utf8"));
  for (const g of topology.objects.countries.geometries) {
    const name = g.properties.name;
    if (entries.has(name)) continue;
    const id = g.id === undefined ? null : String(g.id);
    const entry = { id };
    if (name in byHand) {
      Object.assign(entry, byHand[name]);
    } else {
      const alpha2 = id && countries.numericToAlpha2(id);
      if (!alpha2) throw new Error(`${name} (${id}): no ISO code and no name by hand`);
      for (const lang of langs) {
        const given = (preferred[alpha2] || {})[lang] || countries.getName(alpha2, lang);
        if (given) entry[lang] = given;
      }
    }
    entries.set(name, entry);
  }
}
for (const name of Object.keys(byHand)) {
  if (!entries.has(name)) throw new Error(`${name} is named by hand but not in the basemap`);
}

const names = [...entries.keys()].sort();
const lines = names.map((n) => `${JSON.stringify(n)}: ${JSON.stringify(entries.get(n))}`);
fs.writeFileSync(`${process.env.ROOT}/data/country-names.json`, `{\n${lines.join(",\n")}\n}\n`);
console.log(`${names.length} countries named in data/country-names.json`);
JS
