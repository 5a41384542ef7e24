//! Broken route files and what the loader must say about them.
//!
//! Every `tests/broken/NAME.json` (or `.geojson`, `.kml`, `.kmz`, `.gpx`, or a CSV pair
//! `NAME-flows.csv` with `NAME-locations.csv`, opened by its flows half) has a sibling
//! `NAME.expected` (`NAME-flows.expected` for a pair): lines `key: value`
//! with the keys `path`, `line`, `column` and `message` (a part of the message; several `message`
//! lines must all be found in the same problem), any subset of them. Loading the file must fail
//! with at least one problem that matches every line. A first line `warning` instead means the
//! file must load, with at least one warning that matches. Empty lines and lines starting with `#`
//! are comments.

use std::path::{Path, PathBuf};

use corridor_atlas::io::{LoadError, Problem, load_route_file};

fn repo_dir(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Files in `dir` whose name ends with `.{ext}`, sorted by name; of a CSV pair, the flows half,
/// which finds its locations beside it by name.
fn files_with_extension(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == ext))
        .filter(|path| {
            ext != "csv"
                || !path
                    .file_stem()
                    .is_some_and(|s| s.to_string_lossy().ends_with("-locations"))
        })
        .collect();
    files.sort();
    files
}

#[derive(Debug, Default)]
struct Expectation {
    warning: bool,
    path: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    messages: Vec<String>,
}

impl Expectation {
    fn parse(text: &str, file: &Path) -> Expectation {
        let mut expected = Expectation::default();
        let lines = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        for (i, line) in lines.enumerate() {
            if i == 0 && line == "warning" {
                expected.warning = true;
                continue;
            }
            let Some((key, value)) = line.split_once(':') else {
                panic!("{}: cannot read the line {line:?}", file.display());
            };
            let value = value.trim().to_string();
            let number = |v: &str| {
                v.parse::<usize>()
                    .unwrap_or_else(|_| panic!("{}: {key} must be a number", file.display()))
            };
            match key.trim() {
                "path" => expected.path = Some(value),
                "line" => expected.line = Some(number(&value)),
                "column" => expected.column = Some(number(&value)),
                "message" => expected.messages.push(value),
                other => panic!("{}: unknown key {other:?}", file.display()),
            }
        }
        expected
    }

    fn matches(&self, problem: &Problem) -> bool {
        self.path.as_ref().is_none_or(|p| *p == problem.path)
            && self.line.is_none_or(|l| l == problem.line)
            && self.column.is_none_or(|c| c == problem.column)
            && self
                .messages
                .iter()
                .all(|m| problem.message.contains(m.as_str()))
    }
}

fn list(problems: &[Problem]) -> String {
    if problems.is_empty() {
        return "    (none)\n".into();
    }
    problems.iter().map(|p| format!("    {p}\n")).collect()
}

/// What went wrong with one file, or `None` when it behaved as expected.
fn check_one(json: &Path) -> Option<String> {
    let name = json
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let expected_file = json.with_extension("expected");
    let Ok(text) = std::fs::read_to_string(&expected_file) else {
        return Some(format!("{name}: no {} beside it", expected_file.display()));
    };
    let expected = Expectation::parse(&text, &expected_file);
    match load_route_file(json) {
        Ok(loaded) if expected.warning => {
            if loaded.warnings.iter().any(|w| expected.matches(w)) {
                None
            } else {
                Some(format!(
                    "{name}: loaded, but no warning matches {expected:?}\n  warnings:\n{}",
                    list(&loaded.warnings)
                ))
            }
        }
        Ok(loaded) => Some(format!(
            "{name}: loaded, but an error was expected: {expected:?}\n  warnings:\n{}",
            list(&loaded.warnings)
        )),
        Err(err) => {
            let problems = err.problems();
            let warnings = err.warnings();
            let kind = match &err {
                LoadError::Invalid { .. } => "invalid",
                LoadError::Unreadable { .. } => "unreadable",
                LoadError::TooLarge { .. } => "too large",
                LoadError::NotAFile { .. } => "not a file",
            };
            if !expected.warning && problems.iter().any(|p| expected.matches(p)) {
                return None;
            }
            let wanted = if expected.warning {
                "it was expected to load with a warning"
            } else {
                "no problem matches"
            };
            Some(format!(
                "{name}: {kind}; {wanted}: {expected:?}\n  errors:\n{}  warnings:\n{}",
                list(&problems),
                list(warnings)
            ))
        }
    }
}

/// The kinds of broken file in the corpus.
const IMPORTED_EXTENSIONS: [&str; 6] = ["json", "geojson", "kml", "kmz", "gpx", "csv"];

#[test]
fn broken_files_give_the_expected_problems() {
    let dir = repo_dir("tests/broken");
    let files: Vec<PathBuf> = IMPORTED_EXTENSIONS
        .iter()
        .flat_map(|ext| files_with_extension(&dir, ext))
        .collect();
    assert!(files.len() >= 20, "only {} broken files found", files.len());
    for expected in files_with_extension(&dir, "expected") {
        assert!(
            IMPORTED_EXTENSIONS
                .iter()
                .any(|ext| expected.with_extension(ext).exists()),
            "{} has no route file beside it",
            expected.display()
        );
    }
    let failures: Vec<String> = files.iter().filter_map(|f| check_one(f)).collect();
    assert!(
        failures.is_empty(),
        "{} of {} files did not give what was expected:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn example_routes_load() {
    let files = files_with_extension(&repo_dir("data/examples"), "json");
    assert!(!files.is_empty(), "no example routes in data/examples");
    let failures: Vec<String> = files
        .iter()
        .filter_map(|file| match load_route_file(file) {
            Ok(_) => None,
            Err(err) => Some(format!(
                "{}: {err}\n  errors:\n{}",
                file.display(),
                list(&err.problems())
            )),
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_format_reference_shows_the_example_file_as_it_is() {
    let example = std::fs::read_to_string(repo_dir("data/examples/middle-corridor-extract.json"))
        .expect("the example file");
    let reference =
        std::fs::read_to_string(repo_dir("docs/route-format.md")).expect("docs/route-format.md");
    let block = format!("```json\n{example}```");
    assert!(
        reference.contains(&block),
        "docs/route-format.md must show data/examples/middle-corridor-extract.json exactly, in a json block"
    );
}
