//! A route's texts with letters no font on the computer draws, as warnings that name the text
//! and its place in the file: they would show as empty boxes. Looking for them takes the system's
//! fonts for every other script the route uses ([`super::fallback`]).

use std::collections::BTreeSet;

use crate::i18n::msg;
use crate::io::{Problem, Words, line_column, locate};
use crate::model::Route;

/// The most letters a warning lists, and the longest text it repeats.
const LISTED_LETTERS: usize = 8;
const SHOWN_CHARS: usize = 40;

/// Every text of the route that is drawn somewhere, in every language it is given in, with its
/// JSON path and the path that names items by id.
fn drawn_texts(route: &Route) -> Vec<(String, String, &str)> {
    let mut all = Vec::new();
    for (path, text) in route.texts() {
        let (json, named) = (path.json_path(), path.to_string());
        all.push((json.clone(), named.clone(), text.as_str()));
        for language in text.languages() {
            if let Some(value) = text.get(language) {
                all.push((json.clone(), named.clone(), value));
            }
        }
    }
    for (i, node) in route.nodes.iter().enumerate() {
        all.push((
            format!("nodes[{i}].local_name"),
            format!("nodes[{}].local_name", node.id),
            node.local_name.as_str(),
        ));
    }
    for (i, quote) in route.quotes.iter().enumerate() {
        all.push((
            format!("quotes[{i}].text"),
            format!("quotes[{}].text", quote.id),
            quote.text.as_str(),
        ));
    }
    all
}

/// Takes the system's fonts for the scripts of the route's texts that the shipped fonts lack;
/// returns the letters no font draws.
pub fn take_fonts_for(route: &Route) -> BTreeSet<char> {
    super::fonts::undrawn(drawn_texts(route).into_iter().map(|(_, _, text)| text))
}

/// A warning for each text with letters no font draws, after taking the system's fonts for the
/// route ([`take_fonts_for`]); `text` is the file's own text, to locate them, when the route was
/// read from a route file.
pub fn undrawn_warnings(route: &Route, file: &str, text: Option<&str>) -> Vec<Problem> {
    let undrawn = take_fonts_for(route);
    if undrawn.is_empty() {
        return Vec::new();
    }
    let mut warned: BTreeSet<String> = BTreeSet::new();
    let mut warnings = Vec::new();
    for (json, named, value) in drawn_texts(route) {
        // In the order the text has them, each once.
        let mut letters: Vec<char> = Vec::new();
        for c in value.chars().filter(|c| undrawn.contains(c)) {
            if !letters.contains(&c) {
                letters.push(c);
            }
        }
        if letters.is_empty() || !warned.insert(format!("{json}\u{0}{value}")) {
            continue;
        }
        let listed: Vec<String> = letters
            .iter()
            .take(LISTED_LETTERS)
            .map(char::to_string)
            .collect();
        let mut listed = listed.join(" ");
        if letters.len() > LISTED_LETTERS {
            listed.push_str(" …");
        }
        let shown: String = if value.chars().count() > SHOWN_CHARS {
            let cut: String = value.chars().take(SHOWN_CHARS - 1).collect();
            format!("{cut}…")
        } else {
            value.to_string()
        };
        let (line, column) = text
            .and_then(|t| locate(t, &json).map(|offset| line_column(t, offset)))
            .unwrap_or((0, 0));
        let words = Words::new(
            msg("problem-letters-undrawn"),
            [("text", shown.into()), ("letters", listed.into())],
        );
        warnings.push(Problem {
            line,
            column,
            path: if text.is_some() { json } else { named },
            ..Problem::worded(file, words)
        });
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_of_private_use_are_drawn_by_no_font_and_warned_of_in_place() {
        // Private-use letters are in no font anyone ships; the route's other letters are drawn.
        let route = Route {
            id: "t".into(),
            title: "Private \u{10FFF0}\u{10FFF1}".into(),
            nodes: vec![crate::model::Node {
                id: "a".into(),
                name: "Aktau".into(),
                local_name: "Ақтау \u{10FFF2}".into(),
                kind: crate::model::NodeKind::Port,
                country: "Kazakhstan".into(),
                lat: 43.6,
                lon: 51.22,
                description: Default::default(),
            }],
            ..Route::default()
        };
        let text =
            "{\n  \"title\": \"x\",\n  \"nodes\": [{\"id\": \"a\", \"local_name\": \"y\"}]\n}";
        let warnings = undrawn_warnings(&route, "t.json", Some(text));
        let found: Vec<(&str, usize, &str)> = warnings
            .iter()
            .map(|w| (w.path.as_str(), w.line, w.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "title",
                    2,
                    "'Private \u{10FFF0}\u{10FFF1}' has letters no font on this computer draws (\u{10FFF0} \u{10FFF1}), which show as empty boxes; install a font for its script, such as Noto Sans CJK for Chinese, Japanese and Korean, and open the route again"
                ),
                (
                    "nodes[0].local_name",
                    3,
                    "'Ақтау \u{10FFF2}' has letters no font on this computer draws (\u{10FFF2}), which show as empty boxes; install a font for its script, such as Noto Sans CJK for Chinese, Japanese and Korean, and open the route again"
                ),
            ]
        );
        let russian = warnings[0].message_in(&crate::i18n::Tr::new("ru"));
        assert!(russian.starts_with("В тексте «Private"), "{russian}");
        // Without the file's text the place is named by ids.
        let unplaced = undrawn_warnings(&route, "t.json", None);
        assert_eq!(unplaced[1].path, "nodes[a].local_name");
    }

    #[test]
    fn a_route_of_shipped_scripts_has_no_warning() {
        let route = crate::io::builtin_route().expect("built-in route").route;
        assert!(take_fonts_for(&route).is_empty());
        assert!(undrawn_warnings(&route, "builtin", None).is_empty());
    }
}
