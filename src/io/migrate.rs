//! Bringing route files of older format versions up to the current one, so that a file written
//! by any earlier release keeps loading.

use serde_json::{Map, Value};

use crate::model::FORMAT_VERSION;

/// One step per version: `STEPS[i]` turns a version `i + 1` file into version `i + 2`.
const STEPS: [fn(&mut Map<String, Value>); FORMAT_VERSION as usize - 1] = [v1_to_v2, v2_to_v3];

/// Version 2 added `areas` and the node kind `place`; nothing a version 1 file can hold changed
/// meaning, so the step only moves the version on.
fn v1_to_v2(_: &mut Map<String, Value>) {}

/// Version 3 added the route's `language` and texts given in several languages; a version 2
/// file's texts are plain strings in English, which is what a file without `language` means, so
/// the step only moves the version on.
fn v2_to_v3(_: &mut Map<String, Value>) {}

/// Upgrades a parsed route object written as `from` (1 ≤ `from` < [`FORMAT_VERSION`]) to the
/// current version.
pub fn upgrade(route: &mut Map<String, Value>, from: u32) {
    let first = from.saturating_sub(1) as usize;
    for (i, step) in STEPS.iter().enumerate().skip(first) {
        step(route);
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
}
