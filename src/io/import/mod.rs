//! Turning files made by other tools into a [`Route`]: GeoJSON, a FlowmapBlue-style CSV pair,
//! KML placemarks, and GPX waypoints, routes and tracks.
//!
//! Importers only translate; the result is checked by the same checker as a native route file.
//! What an importer had to leave out or guess is returned as warnings that name the place in the
//! file.

mod build;
mod csv;
mod feature;
mod geojson;
mod gpx;
mod grid;
mod ids;
mod kml;
mod values;
mod words;

use std::path::Path;

use crate::model::{FORMAT_VERSION, Route, Source};

use super::{Problem, Said, Words};
use crate::i18n::msg;

pub use self::csv::{CsvRole, csv_role, flowmap_csv};
pub use self::geojson::geojson;
pub use self::gpx::gpx;
pub use self::kml::kml;

/// A route built from another format, with what was worth a warning.
#[derive(Clone, Debug)]
pub struct Imported {
    pub route: Route,
    pub warnings: Vec<Problem>,
}

/// Why an import failed: every problem found, each located in its file.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFailure {
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

/// At most this many errors and as many warnings are listed; a file with more has one cause
/// repeated, and a longer list only hides the summary line that says so.
const MAX_LISTED: usize = 1000;

/// Where in the imported text a problem is.
#[derive(Clone, Debug, PartialEq)]
enum Where {
    /// A JSON path such as `features[3].geometry`, located when the problems are listed.
    Json(String),
    /// A byte offset in the text, with a short description of the element as the path.
    Offset { offset: usize, path: String },
    /// A known line and column, such as a CSV cell.
    Cell {
        line: usize,
        column: usize,
        path: String,
    },
    /// The file as a whole.
    File,
}

/// Problems found while importing one file, located only once the import is done, since finding a
/// line in a large text is costly.
#[derive(Debug, Default)]
struct Notes {
    errors: Vec<(Where, Said)>,
    warnings: Vec<(Where, Said)>,
    unlisted_errors: usize,
    unlisted_warnings: usize,
}

impl Notes {
    fn error(&mut self, at: Where, message: impl Into<Said>) {
        if self.errors.len() < MAX_LISTED {
            self.errors.push((at, message.into()));
        } else {
            self.unlisted_errors += 1;
        }
    }

    fn warn(&mut self, at: Where, message: impl Into<Said>) {
        if self.warnings.len() < MAX_LISTED {
            self.warnings.push((at, message.into()));
        } else {
            self.unlisted_warnings += 1;
        }
    }

    fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Every note as a [`Problem`] in `file`, in the order of the text; `json_offset` finds the
    /// byte offset of a JSON path.
    fn into_problems(
        self,
        file: &str,
        text: &str,
        json_offset: &mut dyn FnMut(&str) -> Option<usize>,
    ) -> (Vec<Problem>, Vec<Problem>) {
        let mut errors = locate_all(self.errors, file, text, json_offset);
        let mut warnings = locate_all(self.warnings, file, text, json_offset);
        errors.sort_by_key(|p| (p.line, p.column));
        warnings.sort_by_key(|p| (p.line, p.column));
        let more =
            |id, count: usize| Problem::worded(file, Words::new(id, [("count", count.into())]));
        if self.unlisted_errors > 0 {
            errors.push(more(
                msg("problem-more-errors-unlisted"),
                self.unlisted_errors,
            ));
        }
        if self.unlisted_warnings > 0 {
            warnings.push(more(
                msg("problem-more-warnings-unlisted"),
                self.unlisted_warnings,
            ));
        }
        (errors, warnings)
    }
}

fn locate_all(
    notes: Vec<(Where, Said)>,
    file: &str,
    text: &str,
    json_offset: &mut dyn FnMut(&str) -> Option<usize>,
) -> Vec<Problem> {
    let offsets: Vec<Option<usize>> = notes
        .iter()
        .map(|(at, _)| match at {
            Where::Json(path) => json_offset(path),
            Where::Offset { offset, .. } => Some(*offset),
            Where::Cell { .. } | Where::File => None,
        })
        .collect();
    let places = lines_and_columns(text, &offsets);
    notes
        .into_iter()
        .zip(places)
        .map(|((at, message), place)| {
            let (line, column, path) = match at {
                Where::Json(path) | Where::Offset { path, .. } => {
                    let (line, column) = place.unwrap_or((0, 0));
                    (line, column, path)
                }
                Where::Cell { line, column, path } => (line, column, path),
                Where::File => (0, 0, String::new()),
            };
            Problem {
                line,
                column,
                path,
                ..Problem::said(file, message)
            }
        })
        .collect()
}

/// Line and column of each offset, in one pass over the text however many there are.
fn lines_and_columns(text: &str, offsets: &[Option<usize>]) -> Vec<Option<(usize, usize)>> {
    let mut order: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(i, offset)| offset.map(|o| (o.min(text.len()), i)))
        .collect();
    order.sort_unstable();
    let mut places = vec![None; offsets.len()];
    let (mut line, mut line_start, mut scanned) = (1, 0, 0);
    for (offset, index) in order {
        let passed = text.as_bytes().get(scanned..offset).unwrap_or_default();
        line += passed.iter().filter(|&&b| b == b'\n').count();
        if let Some(last) = passed.iter().rposition(|&b| b == b'\n') {
            line_start = scanned + last + 1;
        }
        scanned = offset;
        let column = text
            .get(line_start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        if let Some(place) = places.get_mut(index) {
            *place = Some((line, column));
        }
    }
    places
}

/// The name a file is shown by: its last path component.
fn file_name(file: &str) -> String {
    Path::new(file)
        .file_name()
        .map_or_else(|| file.to_string(), |n| n.to_string_lossy().into_owned())
}

/// The file's name without its extension, for titles and layer names.
fn file_stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "Imported route".to_string())
}

/// A short id made of lower-case letters, digits and dashes; `fallback` when nothing is left.
fn slug(text: &str, fallback: &str) -> String {
    let mut id = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        fallback.to_string()
    } else {
        id.to_string()
    }
}

/// A source that records which file the imported values were read from.
fn file_source(id: &str, file: &str) -> Source {
    let name = file_name(file);
    Source {
        id: id.to_string(),
        title: format!("Imported from {name}").into(),
        reference: name,
        ..Source::default()
    }
}

/// An empty route titled `title`, whose id is made from `file`'s name.
fn empty_route(file: &str, title: &str) -> Route {
    Route {
        version: FORMAT_VERSION,
        id: slug(&file_stem(file), "imported"),
        title: title.into(),
        description: format!("Imported from {}.", file_name(file)).into(),
        ..Route::default()
    }
}

/// Builds the result: the route when nothing was wrong, else every located problem.
fn finish(
    route: Route,
    notes: Notes,
    file: &str,
    text: &str,
    json_offset: &mut dyn FnMut(&str) -> Option<usize>,
) -> Result<Imported, ImportFailure> {
    let failed = notes.has_errors();
    let (problems, warnings) = notes.into_problems(file, text, json_offset);
    if failed {
        Err(ImportFailure { problems, warnings })
    } else {
        Ok(Imported { route, warnings })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_get_lines_and_columns_in_any_order() {
        let text = "ab\ncdé\nf";
        let places = lines_and_columns(text, &[Some(8), None, Some(1), Some(4), Some(100)]);
        assert_eq!(
            places,
            vec![Some((3, 1)), None, Some((1, 2)), Some((2, 2)), Some((3, 2))]
        );
        for offset in [1, 4, 8] {
            let expected = crate::io::line_column(text, offset);
            assert_eq!(
                lines_and_columns(text, &[Some(offset)]),
                vec![Some(expected)]
            );
        }
    }

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(slug("Middle Corridor (2024)", "x"), "middle-corridor-2024");
        assert_eq!(slug("---", "imported"), "imported");
    }

    #[test]
    fn listing_stops_at_the_limit_with_a_count() {
        let mut notes = Notes::default();
        for _ in 0..MAX_LISTED + 5 {
            notes.error(Where::File, "broken");
        }
        let (errors, _) = notes.into_problems("f", "", &mut |_| None);
        assert_eq!(errors.len(), MAX_LISTED + 1);
        assert!(
            errors
                .last()
                .is_some_and(|p| p.message.starts_with("5 more errors"))
        );
    }
}
