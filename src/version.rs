//! Which build this is: the version and, for release builds, the commit it was built from, so that
//! a user reporting a problem can say exactly what they run (`--version`, the About box).

use std::sync::LazyLock;

/// The version in Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The commit the program was built from, as build.rs found it; development builds and builds
/// from a source archive without one have none.
pub const COMMIT: Option<&str> = option_env!("CORRIDOR_ATLAS_COMMIT");

/// "0.1.0 (commit 1a2b3c4d5)", or "0.1.0" when the commit is not known.
pub fn describe() -> &'static str {
    static LINE: LazyLock<String> = LazyLock::new(|| match COMMIT {
        Some(commit) => format!("{VERSION} (commit {commit})"),
        None => VERSION.to_owned(),
    });
    &LINE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_starts_with_the_version_and_names_the_commit_it_has() {
        let line = describe();
        assert!(line.starts_with(VERSION), "{line}");
        match COMMIT {
            Some(commit) => assert!(line.ends_with(&format!("(commit {commit})")), "{line}"),
            None => assert_eq!(line, VERSION),
        }
    }
}
