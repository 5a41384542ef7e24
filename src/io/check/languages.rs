//! Checks of the route's languages: that it names its own language well, that every text given
//! in several languages has one in the route's language, and how much of the route each other
//! language covers.

use crate::model::Route;

use super::{Checker, Words};
use crate::i18n::msg;

/// How many missing texts a coverage warning names before it only counts the rest.
const MISSING_LISTED: usize = 5;

impl Checker<'_> {
    pub(super) fn languages(&mut self, route: &Route) {
        let default = route.default_language();
        if !is_language_code(&route.language) {
            self.warn(
                "language".into(),
                Words::new(
                    msg("problem-not-a-language-code"),
                    [("language", (&route.language).into())],
                ),
            );
        }
        for (path, text) in route.multilingual_texts() {
            if text.get(default).is_none() {
                let given = text.languages().collect::<Vec<_>>().join(", ");
                self.warn(
                    path.json_path(),
                    Words::new(
                        msg("problem-text-not-in-route-language"),
                        [
                            ("text", path.to_string().into()),
                            ("language", default.into()),
                            ("given", given.into()),
                            ("shown", text.shown_language().into()),
                        ],
                    ),
                );
            }
        }
        for language in route.languages().iter().skip(1) {
            self.coverage(route, language);
        }
    }

    /// Warns when `language` gives only some of the route's texts; empty texts do not count, nor
    /// translations of quotes said in that language.
    fn coverage(&mut self, route: &Route, language: &str) {
        let (total, missing) = route.coverage(language);
        if missing.is_empty() {
            return;
        }
        let listed = missing
            .iter()
            .take(MISSING_LISTED)
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let covered = total - missing.len();
        let words = if missing.len() > MISSING_LISTED {
            Words::new(
                msg("problem-language-coverage-more"),
                [
                    ("language", language.into()),
                    ("covered", covered.into()),
                    ("total", total.into()),
                    ("listed", listed.into()),
                    ("more", (missing.len() - MISSING_LISTED).into()),
                ],
            )
        } else {
            Words::new(
                msg("problem-language-coverage"),
                [
                    ("language", language.into()),
                    ("covered", covered.into()),
                    ("total", total.into()),
                    ("listed", listed.into()),
                ],
            )
        };
        self.warn(String::new(), words);
    }
}

/// Whether `code` is a BCP-47 primary language subtag: two or three lower-case letters.
fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use crate::io::parse_route;

    /// A route in English with Russian for some of its texts, and one text in Russian alone.
    const MIXED: &str = r#"{
  "version": 3,
  "language": "en",
  "id": "t",
  "title": {"en": "Test", "ru": "Тест"},
  "nodes": [
    {"id": "aktau", "name": {"en": "Aktau", "ru": "Актау"}, "kind": "port", "country": "Kazakhstan", "lat": 43.6, "lon": 51.22, "description": "A port"},
    {"id": "alat", "name": "Alat", "kind": "port", "country": "Azerbaijan", "lat": 39.93, "lon": 49.42}
  ],
  "links": [
    {"id": "ferry", "name": {"ru": "Паром"}, "from": "aktau", "to": "alat", "mode": "sea_ferry", "status": "operating"}
  ]
}"#;

    #[test]
    fn a_language_covering_part_of_the_route_is_warned_with_what_is_missing() {
        let loaded = parse_route(MIXED, "t.json").expect("loads");
        let coverage = loaded
            .warnings
            .iter()
            .find(|w| w.message.starts_with("language \"ru\""))
            .expect("a coverage warning");
        assert_eq!(
            coverage.message,
            "language \"ru\" covers 3 of 5 texts; missing: nodes[aktau].description, nodes[alat].name"
        );
    }

    #[test]
    fn a_text_without_the_default_language_is_warned_where_it_is() {
        let loaded = parse_route(MIXED, "t.json").expect("loads");
        let missing = loaded
            .warnings
            .iter()
            .find(|w| w.path == "links[0].name")
            .expect("a warning at the link's name");
        assert!(
            missing.message.starts_with(
                "links[ferry].name has no text in the route's language \"en\", only in ru"
            ),
            "{}",
            missing.message
        );
        assert_eq!(missing.line, 11, "{missing}");
        assert_eq!(
            loaded.route.links[0].name, "Паром",
            "the first language shows"
        );
    }

    #[test]
    fn a_long_list_of_missing_texts_is_cut_short_and_counted() {
        // A local name is not a text of the route's languages: it does not count.
        let text = MIXED.replace(
            r#""description": "A port""#,
            r#""description": "A port", "local_name": "Ақтау""#,
        );
        let mut route = parse_route(&text, "t.json").expect("loads").route;
        for i in 0..8 {
            let mut node = route.nodes[1].clone();
            node.id = format!("n{i}");
            route.nodes.push(node);
        }
        let (_, warnings) = crate::io::check_route(&route, "", "t.json");
        let coverage = warnings
            .iter()
            .find(|w| w.message.starts_with("language \"ru\""))
            .expect("a coverage warning");
        assert_eq!(
            coverage.message,
            "language \"ru\" covers 3 of 13 texts; missing: nodes[aktau].description, nodes[alat].name, nodes[n0].name, nodes[n1].name, nodes[n2].name and 5 more"
        );
    }

    #[test]
    fn a_route_in_one_language_has_no_language_warnings() {
        let text = MIXED
            .replace(r#"{"en": "Test", "ru": "Тест"}"#, r#""Test""#)
            .replace(r#"{"en": "Aktau", "ru": "Актау"}"#, r#""Aktau""#)
            .replace(r#"{"ru": "Паром"}"#, r#""Ferry""#);
        let loaded = parse_route(&text, "t.json").expect("loads");
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }

    #[test]
    fn a_language_that_is_not_a_code_is_warned() {
        let text = MIXED.replace(r#""language": "en""#, r#""language": "English""#);
        let loaded = parse_route(&text, "t.json").expect("loads");
        let warning = loaded
            .warnings
            .iter()
            .find(|w| w.path == "language")
            .expect("a warning at the language");
        assert!(warning.message.contains("not a language code"), "{warning}");
        assert_eq!(warning.line, 3);
    }
}
