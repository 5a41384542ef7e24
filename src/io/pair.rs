//! A FlowmapBlue CSV pair: a locations table and a flows table read together as one route, and
//! finding one's partner when only the other is opened.

use std::path::{Path, PathBuf};

use super::format::{Format, is_csv};
use super::import::{self, CsvRole};
use super::loaded::{LoadStage, LoadedRoute, check_import};
use super::problem::{LoadError, Problem, invalid};

/// The other half of a FlowmapBlue pair: the one CSV beside `path` whose header plays the other
/// role, preferring a name that shares `path`'s prefix (`trade-flows.csv` with `trade-locations.csv`).
pub(super) fn csv_partner(path: &Path, text: &str) -> Result<PathBuf, LoadError> {
    let file = path.display().to_string();
    let Some(role) = import::csv_role(text) else {
        return Err(invalid(
            &file,
            vec![Problem {
                line: 1,
                column: 1,
                ..Problem::in_file(
                    &file,
                    "this CSV is neither a locations table (id,name,lat,lon) nor a flows table (origin,dest,count); check its header row",
                )
            }],
        ));
    };
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p != path && is_csv(p))
                .filter(|p| {
                    std::fs::read_to_string(p)
                        .ok()
                        .and_then(|t| import::csv_role(&t))
                        .is_some_and(|r| r != role)
                })
                .collect()
        })
        .unwrap_or_default();
    if candidates.len() > 1 {
        let mine = prefix(path);
        candidates.retain(|p| prefix(p) == mine);
    }
    let wanted = match role {
        CsvRole::Locations => "flows (origin,dest,count[,time])",
        CsvRole::Flows => "locations (id,name,lat,lon)",
    };
    match candidates.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(invalid(
            &file,
            vec![Problem::in_file(
                &file,
                format!(
                    "this CSV needs its {wanted} table: put that CSV beside it, or open both files together"
                ),
            )],
        )),
        many => Err(invalid(
            &file,
            vec![Problem::in_file(
                &file,
                format!(
                    "more than one {wanted} table lies beside this CSV ({}); open the two files together",
                    many.iter()
                        .filter_map(|p| p.file_name())
                        .map(|n| n.to_string_lossy())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )],
        )),
    }
}

/// What is left of a file's name without "locations" and "flows", which the two halves of a
/// pair share.
fn prefix(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
        .replace("locations", "")
        .replace("flows", "")
}

/// Reads a pair given in either order, telling the halves apart by their header rows.
pub(super) fn load_csv_pair(
    (a, a_text): (&Path, &str),
    (b, b_text): (&Path, &str),
    progress: &mut dyn FnMut(LoadStage),
) -> Result<LoadedRoute, LoadError> {
    let (a_file, b_file) = (a.display().to_string(), b.display().to_string());
    let file = format!("{a_file} + {b_file}");
    progress(LoadStage::Parsing);
    let (locations, flows) = match (import::csv_role(a_text), import::csv_role(b_text)) {
        (Some(CsvRole::Locations), Some(CsvRole::Flows)) => {
            ((a, a_text, &a_file), (b, b_text, &b_file))
        }
        (Some(CsvRole::Flows), Some(CsvRole::Locations)) => {
            ((b, b_text, &b_file), (a, a_text, &a_file))
        }
        _ => {
            return Err(invalid(
                &file,
                vec![Problem::in_file(
                    &file,
                    "a CSV pair needs one locations table (id,name,lat,lon) and one flows table (origin,dest,count[,time]); check the header rows",
                )],
            ));
        }
    };
    let imported = import::flowmap_csv(locations.1, locations.2, flows.1, flows.2);
    let mut loaded = check_import(imported, &file, Format::FlowmapCsv, progress)?;
    loaded.paths = vec![locations.0.to_path_buf(), flows.0.to_path_buf()];
    Ok(loaded)
}
