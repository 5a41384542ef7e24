//! Bringing route files of older format versions up to the current one, so that a file written
//! by any earlier release keeps loading.

use serde_json::{Map, Value};

use crate::model::FORMAT_VERSION;

/// What one version step does to the file: `None` when the step only moves the version on,
/// because nothing the older version can hold changed meaning.
type Step = Option<fn(&mut Map<String, Value>)>;

/// One step per version: `STEPS[i]` turns a version `i + 1` file into version `i + 2`.
const STEPS: [Step; FORMAT_VERSION as usize - 1] = [V1_TO_V2, V2_TO_V3, V3_TO_V4];

/// Version 2 added `areas` and the node kind `place`; nothing a version 1 file can hold changed
/// meaning, so the step only moves the version on.
const V1_TO_V2: Step = None;

/// Version 3 added the route's `language` and texts given in several languages; a version 2
/// file's texts are plain strings in English, which is what a file without `language` means, so
/// the step only moves the version on.
const V2_TO_V3: Step = None;

/// Version 4 added reported statements (a quote's `kind`), a quote's `note`, `"not given"` for a
/// date the source does not print, a layer's `modes`, and a value's `period`, `directed` and a
/// `year` left out where the source gives none. A version 3 file's quotes are quotes, its dates,
/// "before 2025-10-20" among them, read as they did, it names no modes, which means any, and
/// gives every value a year, so the step only moves the version on.
const V3_TO_V4: Step = None;

/// Whether bringing a file written as `from` up to date changes more than its version; when it
/// does not, the file can be read as it is, and its problems located by the reader itself.
pub fn changes_content(from: u32) -> bool {
    let first = from.saturating_sub(1) as usize;
    STEPS.iter().skip(first).any(Option::is_some)
}

/// Upgrades a parsed route object written as `from` (1 ≤ `from` < [`FORMAT_VERSION`]) to the
/// current version.
pub fn upgrade(route: &mut Map<String, Value>, from: u32) {
    let first = from.saturating_sub(1) as usize;
    for (i, step) in STEPS.iter().enumerate().skip(first) {
        if let Some(step) = step {
            step(route);
        }
        route.insert("version".into(), Value::from(i as u64 + 2));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_1_route_becomes_current() {
        let mut route = serde_json::json!({"version": 1, "id": "x", "title": "X", "nodes": []});
        let map = route.as_object_mut().expect("an object");
        upgrade(map, 1);
        assert_eq!(map["version"], Value::from(FORMAT_VERSION));
        assert_eq!(map["title"], Value::from("X"));
    }

    #[test]
    fn a_version_2_route_becomes_current_unchanged_but_for_its_version() {
        let mut route =
            serde_json::json!({"version": 2, "id": "x", "title": "X", "nodes": [], "areas": []});
        let mut expected = route.clone();
        expected["version"] = Value::from(4);
        upgrade(route.as_object_mut().expect("an object"), 2);
        assert_eq!(route, expected);
        assert_eq!(FORMAT_VERSION, 4);
        assert!(!changes_content(1) && !changes_content(2) && !changes_content(3));
    }

    #[test]
    fn a_version_3_route_keeps_its_quotes_and_dates_as_they_were() {
        let mut route = serde_json::json!({
            "version": 3, "id": "x", "title": "X", "nodes": [],
            "sources": [{"id": "s", "title": "T", "date": "before 2025-10-20"}],
            "quotes": [{"id": "q", "speaker": "S", "source": "s", "text": "words", "date": "around 2025-10-20"}]
        });
        let mut expected = route.clone();
        expected["version"] = Value::from(4);
        upgrade(route.as_object_mut().expect("an object"), 3);
        assert_eq!(route, expected);
        assert_eq!(FORMAT_VERSION, 4);
        assert!(!changes_content(3));
    }
}
