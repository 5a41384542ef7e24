//! A FlowmapBlue CSV pair: a locations table and a flows table read together as one route, and
//! finding one's partner when only the other is opened.

use std::path::{Path, PathBuf};

use super::format::{Format, is_csv};
use super::import::{self, CsvRole};
use super::loaded::{LoadStage, LoadedRoute, check_import};
use super::problem::{LoadError, Problem, Words, invalid};
use crate::i18n::msg;

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
                ..Problem::worded(&file, Words::new(msg("problem-csv-role-unknown"), []))
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
    // The table wanted: `flows` or `locations`.
    let wanted = match role {
        CsvRole::Locations => "flows",
        CsvRole::Flows => "locations",
    };
    match candidates.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(invalid(
            &file,
            vec![Problem::worded(
                &file,
                Words::new(
                    msg("problem-csv-partner-missing"),
                    [("wanted", wanted.into())],
                ),
            )],
        )),
        many => Err(invalid(
            &file,
            vec![Problem::worded(
                &file,
                Words::new(
                    msg("problem-csv-partner-ambiguous"),
                    [
                        ("wanted", wanted.into()),
                        (
                            "files",
                            many.iter()
                                .filter_map(|p| p.file_name())
                                .map(|n| n.to_string_lossy())
                                .collect::<Vec<_>>()
                                .join(", ")
                                .into(),
                        ),
                    ],
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
                vec![Problem::worded(
                    &file,
                    Words::new(msg("problem-csv-pair-roles"), []),
                )],
            ));
        }
    };
    let imported = import::flowmap_csv(locations.1, locations.2, flows.1, flows.2);
    let mut loaded = check_import(imported, &file, Format::FlowmapCsv, progress)?;
    loaded.paths = vec![locations.0.to_path_buf(), flows.0.to_path_buf()];
    Ok(loaded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;
    use crate::io::testing::temp_dir;

    const LOCATIONS: &str = "id,name,lat,lon\naktau,Aktau,43.6,51.22\n";
    const FLOWS: &str = "origin,dest,count\naktau,aktau,1\n";

    /// The one problem of `result`, in English and in Russian.
    fn words<T: std::fmt::Debug>(result: Result<T, LoadError>) -> (String, String) {
        let problem = result.expect_err("a problem").problems().remove(0);
        assert_eq!(problem.message_in(&Tr::new("en")), problem.message);
        let russian = problem.message_in(&Tr::new("ru"));
        (problem.message, russian)
    }

    #[test]
    fn pair_problems_read_in_russian_and_as_before_in_english() {
        let dir = temp_dir("pair-words");
        let locations = dir.join("locations.csv");
        std::fs::write(&locations, LOCATIONS).expect("write");
        assert_eq!(
            words(csv_partner(&locations, "a,b\n1,2\n")),
            (
                "this CSV is neither a locations table (id,name,lat,lon) nor a flows table (origin,dest,count); check its header row".to_string(),
                "Этот CSV не похож ни на таблицу мест (id,name,lat,lon), ни на таблицу потоков (origin,dest,count). Проверьте строку заголовка.".to_string()
            )
        );
        assert_eq!(
            words(csv_partner(&locations, LOCATIONS)),
            (
                "this CSV needs its flows (origin,dest,count[,time]) table: put that CSV beside it, or open both files together".to_string(),
                "К этому CSV нужна таблица потоков (origin,dest,count[,time]). Положите её рядом с этим файлом или откройте оба файла вместе.".to_string()
            )
        );
        let flows = temp_dir("pair-words-flows").join("flows.csv");
        std::fs::write(&flows, FLOWS).expect("write");
        assert_eq!(
            words(csv_partner(&flows, FLOWS)).1,
            "К этому CSV нужна таблица мест (id,name,lat,lon). Положите её рядом с этим файлом или откройте оба файла вместе."
        );
        std::fs::write(dir.join("flows.csv"), FLOWS).expect("write");
        std::fs::write(dir.join("Flows.csv"), FLOWS).expect("write");
        let (english, russian) = words(csv_partner(&locations, LOCATIONS));
        assert!(
            english.starts_with(
                "more than one flows (origin,dest,count[,time]) table lies beside this CSV ("
            ) && english.ends_with("); open the two files together")
                && english.contains("Flows.csv, ") | english.contains(", Flows.csv"),
            "{english}"
        );
        assert!(
            russian.starts_with(
                "Рядом с этим CSV лежит несколько таблиц потоков (origin,dest,count[,time]): "
            ) && russian.ends_with(". Откройте нужные два файла вместе."),
            "{russian}"
        );
        assert_eq!(
            words(load_csv_pair(
                (&locations, LOCATIONS),
                (&locations, LOCATIONS),
                &mut |_| {}
            )),
            (
                "a CSV pair needs one locations table (id,name,lat,lon) and one flows table (origin,dest,count[,time]); check the header rows".to_string(),
                "В паре CSV нужны одна таблица мест (id,name,lat,lon) и одна таблица потоков (origin,dest,count[,time]). Проверьте строки заголовка.".to_string()
            )
        );
    }

    #[test]
    fn a_load_that_stopped_reads_in_russian_and_as_before_in_english() {
        let problem = Problem::worded("r.json", Words::new(msg("problem-loading-stopped"), []));
        assert_eq!(
            problem.message,
            "loading stopped unexpectedly; try opening the file again"
        );
        assert_eq!(
            problem.message_in(&Tr::new("ru")),
            "Загрузка неожиданно прервалась. Попробуйте открыть файл ещё раз."
        );
    }
}
