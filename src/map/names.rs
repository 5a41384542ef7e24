//! Names on the map in the interface's language: countries (`data/country-names.json`, made by
//! `scripts/country-names.sh`) and seas (`data/seas.json`). Both are built in. A country is known
//! by the basemap's English name, which is also what a route's nodes give as their country; a
//! name missing in a language falls back to English.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// The language names fall back to, and the one the map speaks unless told otherwise.
pub const ENGLISH: &str = "en";

/// The languages the shipped names come in, English first.
pub const LANGUAGES: [&str; 5] = [ENGLISH, "ru", "kk", "az", "tr"];

/// One name in several languages, by language code: English always, others where known.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[serde(transparent)]
pub struct Names(BTreeMap<String, String>);

impl Names {
    /// The name in `language`, or in English where it has none there.
    pub fn get(&self, language: &str) -> &str {
        self.0
            .get(language)
            .or_else(|| self.0.get(ENGLISH))
            .map_or("", String::as_str)
    }

    /// The languages this name is given in, and the name in each.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, n)| (l.as_str(), n.as_str()))
    }
}

/// A sea or ocean named on the map, with a place inside it.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct Sea {
    pub name: Names,
    pub lat: f64,
    pub lon: f64,
}

/// The seas named on the map, shipped as data beside the basemap.
pub static SEAS: LazyLock<Vec<Sea>> = LazyLock::new(|| {
    // The list is built in and checked by a test; were it unreadable, the map would simply name
    // no seas.
    serde_json::from_str(include_str!("../../data/seas.json")).unwrap_or_default()
});

/// A country's entry in `data/country-names.json`: its ISO 3166-1 numeric code (none for a few
/// places the standard has no code for) and its names other than English.
#[derive(Debug, serde::Deserialize)]
struct CountryEntry {
    #[allow(dead_code)]
    id: Option<String>,
    #[serde(flatten)]
    names: HashMap<String, String>,
}

/// Every basemap country's names other than English, by its English name.
static COUNTRIES: LazyLock<HashMap<String, CountryEntry>> = LazyLock::new(|| {
    // Built in and checked by a test; were it unreadable, countries would keep English names.
    serde_json::from_str(include_str!("../../data/country-names.json")).unwrap_or_default()
});

/// The country known by `english` (the basemap's name, as in a node's `country`) named in
/// `language`; `english` itself in English, for a country not in the list, or for a language
/// it has no name in.
pub fn country_name<'a>(english: &'a str, language: &str) -> &'a str {
    if language == ENGLISH {
        return english;
    }
    COUNTRIES
        .get(english)
        .and_then(|c| c.names.get(language))
        .map_or(english, String::as_str)
}

/// The sea `sea` named in `language`, or in English where it has no name there.
pub fn sea_name<'a>(sea: &'a Sea, language: &str) -> &'a str {
    sea.name.get(language)
}

/// `text` in capitals as `language` writes them: Turkish and Azerbaijani keep the dot on i (İ).
pub fn uppercase(text: &str, language: &str) -> String {
    if matches!(language, "tr" | "az") {
        text.chars()
            .flat_map(|c| {
                let upper: Vec<char> = if c == 'i' {
                    vec!['İ']
                } else {
                    c.to_uppercase().collect()
                };
                upper
            })
            .collect()
    } else {
        text.to_uppercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name shipped for a country, in each language but English, with its English name.
    fn country_names() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        COUNTRIES.iter().flat_map(|(english, entry)| {
            entry
                .names
                .iter()
                .map(move |(l, n)| (english.as_str(), l.as_str(), n.as_str()))
        })
    }

    #[test]
    fn the_seas_list_reads() {
        assert!(SEAS.len() >= 10);
        assert!(SEAS.iter().any(|s| s.name.get(ENGLISH) == "Caspian Sea"));
        assert!(
            SEAS.iter()
                .all(|s| (-90.0..=90.0).contains(&s.lat) && (-180.0..=180.0).contains(&s.lon))
        );
        for sea in SEAS.iter() {
            assert!(
                !sea.name.get(ENGLISH).is_empty(),
                "{sea:?} has no English name"
            );
            assert!(
                sea.name
                    .iter()
                    .all(|(l, n)| LANGUAGES.contains(&l) && !n.is_empty()),
                "{sea:?}"
            );
            assert_ne!(
                sea_name(sea, "ru"),
                sea.name.get(ENGLISH),
                "{sea:?} in Russian"
            );
        }
    }

    /// Every country of every level of detail of the basemap is in the list, by the basemap's
    /// own English name, with a Russian name; no other language is given.
    #[test]
    fn every_basemap_country_has_names() {
        assert!(COUNTRIES.len() > 200, "{}", COUNTRIES.len());
        for res in ["110m", "50m", "10m"] {
            let text = std::fs::read_to_string(format!(
                "{}/data/basemap/countries-{res}.json",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("basemap");
            let topology: serde_json::Value = serde_json::from_str(&text).expect("json");
            let geometries = topology["objects"]["countries"]["geometries"]
                .as_array()
                .expect("geometries");
            for g in geometries {
                let english = g["properties"]["name"].as_str().expect("name");
                let entry = COUNTRIES
                    .get(english)
                    .unwrap_or_else(|| panic!("{english} ({res}) has no names"));
                assert_eq!(entry.id.as_deref(), g["id"].as_str(), "{english}");
                assert!(
                    entry.names.contains_key("ru"),
                    "{english} has no Russian name"
                );
            }
        }
        for (english, language, name) in country_names() {
            assert!(
                LANGUAGES[1..].contains(&language) && !name.is_empty(),
                "{english}: {language} {name:?}"
            );
        }
    }

    #[test]
    fn countries_are_named_in_the_language_asked_for_or_english() {
        assert_eq!(country_name("Kazakhstan", "ru"), "Казахстан");
        assert_eq!(country_name("Kazakhstan", "kk"), "Қазақстан");
        assert_eq!(country_name("Azerbaijan", "az"), "Azərbaycan");
        assert_eq!(country_name("Georgia", "tr"), "Gürcistan");
        assert_eq!(country_name("Russia", "ru"), "Россия");
        assert_eq!(country_name("China", "ru"), "Китай");
        assert_eq!(country_name("Kazakhstan", "en"), "Kazakhstan");
        assert_eq!(
            country_name("Kazakhstan", "xx"),
            "Kazakhstan",
            "unknown language"
        );
        assert_eq!(
            country_name("Atlantis", "ru"),
            "Atlantis",
            "unknown country"
        );
        // Named by hand, with no ISO code; Azerbaijani not given, so English.
        assert_eq!(country_name("Baikonur", "kk"), "Байқоңыр");
        assert_eq!(country_name("Somaliland", "az"), "Somaliland");
        // Ashmore and Cartier share Australia's code in the basemap, not its name.
        assert_ne!(
            country_name("Ashmore and Cartier Is.", "ru"),
            country_name("Australia", "ru")
        );
    }

    #[test]
    fn capitals_keep_the_turkish_dotted_i() {
        assert_eq!(uppercase("Kazakistan", "tr"), "KAZAKİSTAN");
        assert_eq!(uppercase("Qırğızıstan", "az"), "QIRĞIZISTAN");
        assert_eq!(uppercase("Kazakhstan", "en"), "KAZAKHSTAN");
        assert_eq!(uppercase("Қазақстан", "kk"), "ҚАЗАҚСТАН");
    }

    /// Every letter of every shipped name, as written and in capitals (country labels are
    /// capitals), is in one of the shipped fonts, so no name is drawn as empty boxes.
    #[test]
    fn the_shipped_fonts_cover_every_name() {
        use skrifa::{FontRef, MetadataProvider};
        let dir = format!("{}/assets/fonts", env!("CARGO_MANIFEST_DIR"));
        let files: Vec<Vec<u8>> = std::fs::read_dir(&dir)
            .expect("fonts")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ttf"))
            .map(|p| std::fs::read(p).expect("font"))
            .collect();
        assert!(files.len() >= 2);
        let fonts: Vec<FontRef<'_>> = files
            .iter()
            .map(|b| FontRef::new(b).expect("a font"))
            .collect();
        let covered =
            |c: char| c.is_whitespace() || fonts.iter().any(|f| f.charmap().map(c).is_some());
        assert!(covered('Қ') && covered('ə') && covered('İ'));
        assert!(
            !covered('\u{4E2D}'),
            "the check can fail: no Chinese in the shipped fonts"
        );
        let sea_names = SEAS
            .iter()
            .flat_map(|s| s.name.iter().map(move |(l, n)| (s.name.get(ENGLISH), l, n)));
        let mut missing = Vec::new();
        for (english, language, name) in country_names().chain(sea_names) {
            for text in [name.to_owned(), uppercase(name, language)] {
                for c in text.chars().filter(|&c| !covered(c)) {
                    missing.push(format!("{english} in {language}: {text:?} needs {c:?}"));
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }
}
