//! Saving a route as the app's own JSON file, one the app can open again.

use std::path::Path;

use super::atomic::write_atomic;
use super::read::MAX_FILE_BYTES;
use crate::model::Route;

/// Routes whose compact JSON is smaller than this are written pretty, one field a line, for
/// people to read and edit; larger ones compact, which loads faster and keeps them further
/// from the size limit.
const PRETTY_UP_TO_BYTES: usize = 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(
        "cannot write {file}: {source}. Check that the folder exists and that you may write there."
    )]
    Write {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the route could not be turned into JSON: {0}")]
    Encode(#[from] serde_json::Error),
    #[error(
        "{file} was not written: the route takes {size} bytes, more than the {limit} bytes a route file may have, so it could not be opened again. Leave out detail it does not need, such as values or line points, or split it into several routes."
    )]
    TooLarge { file: String, size: u64, limit: u64 },
}

/// Writes the route as JSON, whole or not at all, so a crash mid-save leaves the old file as it
/// was: pretty when small, compact when large, and never past the size a route file may have.
pub fn save_route(route: &Route, path: &Path) -> Result<(), SaveError> {
    save_within(route, path, MAX_FILE_BYTES)
}

/// [`save_route`] with a size limit of `limit` bytes.
fn save_within(route: &Route, path: &Path, limit: u64) -> Result<(), SaveError> {
    let compact = serde_json::to_string(route)?;
    let mut text = if compact.len() < PRETTY_UP_TO_BYTES {
        serde_json::to_string_pretty(route)?
    } else {
        compact
    };
    text.push('\n');
    let size = text.len() as u64;
    if size > limit {
        return Err(SaveError::TooLarge {
            file: path.display().to_string(),
            size,
            limit,
        });
    }
    write_atomic(path, text.as_bytes()).map_err(|source| SaveError::Write {
        file: path.display().to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::testing::temp_dir;
    use crate::io::{builtin_route, load_route_file};

    #[test]
    fn saved_routes_load_back_the_same() {
        let route = builtin_route().expect("built-in").route;
        let dir = temp_dir("save");
        let path = dir.join("saved.json");
        std::fs::write(&path, "old content").expect("an old file to replace");
        save_route(&route, &path).expect("saved");
        let back = load_route_file(&path).expect("loads").route;
        assert_eq!(back, route);
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name() != "saved.json")
            .collect();
        assert!(
            leftovers.is_empty(),
            "no temporary file left: {leftovers:?}"
        );
    }

    #[test]
    fn small_routes_are_pretty_and_large_ones_compact_and_both_reopen() {
        let dir = temp_dir("save-sizes");
        let small = builtin_route().expect("built-in").route;
        let path = dir.join("small.json");
        save_route(&small, &path).expect("saved");
        let text = std::fs::read_to_string(&path).expect("read back");
        assert!(text.starts_with("{\n  \""), "pretty: {}", &text[..40]);
        assert_eq!(load_route_file(&path).expect("reopens").route, small);

        // The built-in route with thousands of copies of its places, each a few hundred bytes.
        let mut large = small.clone();
        let places = large.nodes.clone();
        for copy in 1..=300 {
            large
                .nodes
                .extend(places.iter().map(|node| crate::model::Node {
                    id: format!("{}-{copy}", node.id),
                    ..node.clone()
                }));
        }
        let path = dir.join("large.json");
        save_route(&large, &path).expect("saved");
        let text = std::fs::read_to_string(&path).expect("read back");
        assert!(text.len() > PRETTY_UP_TO_BYTES, "{} bytes", text.len());
        assert_eq!(text.lines().count(), 1, "compact: one line");
        assert_eq!(load_route_file(&path).expect("reopens").route, large);
    }

    #[test]
    fn empty_fields_are_left_out() {
        let mut route = builtin_route().expect("built-in").route;
        route.nodes.truncate(1);
        route.links.clear();
        route.layers.clear();
        route.story.clear();
        route.quotes.clear();
        route.figures.clear();
        route.disagreements.clear();
        let node = &mut route.nodes[0];
        node.local_name.clear();
        node.description = Default::default();
        let path = temp_dir("save-empty").join("route.json");
        save_route(&route, &path).expect("saved");
        let text = std::fs::read_to_string(&path).expect("read back");
        for left_out in [
            "\"local_name\"",
            "\"description\": \"\"",
            "\"links\"",
            "\"quotes\"",
            "[]",
        ] {
            assert!(!text.contains(left_out), "{left_out} in {text}");
        }
        assert_eq!(load_route_file(&path).expect("reopens").route, route);
    }

    #[test]
    fn a_route_past_the_size_limit_is_refused_and_nothing_is_written() {
        let route = builtin_route().expect("built-in").route;
        let dir = temp_dir("save-too-large");
        let path = dir.join("route.json");
        std::fs::write(&path, "the old file").expect("an old file");
        let err = save_within(&route, &path, 1000).expect_err("over the limit");
        assert!(
            matches!(err, SaveError::TooLarge { limit: 1000, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("was not written"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&path).expect("still there"),
            "the old file"
        );
    }

    #[test]
    fn a_missing_folder_is_a_write_error() {
        let path = temp_dir("save-missing").join("gone").join("saved.json");
        let route = builtin_route().expect("built-in").route;
        let err = save_route(&route, &path).expect_err("no folder");
        assert!(matches!(err, SaveError::Write { .. }), "{err}");
        assert!(
            err.to_string().contains("Check that the folder exists"),
            "{err}"
        );
    }
}
