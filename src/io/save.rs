//! Saving a route as the app's own JSON file.

use std::path::Path;

use super::atomic::write_atomic;
use crate::model::Route;

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
}

/// Writes the route as pretty JSON, whole or not at all, so a crash mid-save leaves the old file
/// as it was.
pub fn save_route(route: &Route, path: &Path) -> Result<(), SaveError> {
    let mut text = serde_json::to_string_pretty(route)?;
    text.push('\n');
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
