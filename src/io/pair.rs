//! A FlowmapBlue CSV pair: a locations table and a flows table read together as one route, and
//! finding one's partner when only the other is opened.

use std::path::{Path, PathBuf};

use super::format::{Format, is_csv};
use super::import::{self, CsvRole};
use super::loaded::{LoadStage, LoadedRoute, check_import};
use super::open::open_regular;
use super::problem::{LoadError, Problem, Words, invalid};
use crate::i18n::msg;

/// The other half of a FlowmapBlue pair: the CSV beside `path` whose header plays the other
/// role. Found by name first (`trade-flows.csv` with `trade-locations.csv`) without reading
/// anything; failing that, by the header rows of the other CSVs beside it, of which no more than
/// the first line is read. Only regular files are looked at, and only the one chosen is read in
/// full, by the caller.
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
    // The table wanted: `flows` or `locations`.
    let wanted = match role {
        CsvRole::Locations => "flows",
        CsvRole::Flows => "locations",
    };
    let others = csv_files_beside(path);
    let mine = prefix(path);
    let named: Vec<&PathBuf> = others
        .iter()
        .filter(|p| prefix(p) == mine && stem(p).contains(wanted))
        .collect();
    let problem = |words| Err(invalid(&file, vec![Problem::worded(&file, words)]));
    let names = |paths: &[&PathBuf]| -> crate::i18n::Arg {
        paths
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| n.to_string_lossy())
            .collect::<Vec<_>>()
            .join(", ")
            .into()
    };
    let ambiguous = |many: &[&PathBuf]| {
        Words::new(
            msg("problem-csv-partner-ambiguous"),
            [("wanted", wanted.into()), ("files", names(many))],
        )
    };
    match named.as_slice() {
        [one] => return Ok((*one).clone()),
        [] => {}
        many => return problem(ambiguous(many)),
    }
    let mut partners = Vec::new();
    let mut unreadable = Vec::new();
    for other in &others {
        match header_role(other) {
            Header::Role(r) if r != role => partners.push(other),
            Header::Role(_) | Header::Other => {}
            Header::NotUtf8 => unreadable.push(other),
        }
    }
    if partners.iter().any(|p| prefix(p) == mine) {
        partners.retain(|p| prefix(p) == mine);
    }
    match (partners.as_slice(), unreadable.as_slice()) {
        ([one], _) => Ok((*one).clone()),
        ([], []) => problem(Words::new(
            msg("problem-csv-partner-missing"),
            [("wanted", wanted.into())],
        )),
        ([], unreadable) => problem(Words::new(
            msg("problem-csv-partner-not-utf8"),
            [("wanted", wanted.into()), ("files", names(unreadable))],
        )),
        (many, _) => problem(ambiguous(many)),
    }
}

/// The regular, non-empty CSV files in `path`'s folder other than `path`, by name. Nothing is
/// opened: a named pipe or a device with a `.csv` name is passed over.
fn csv_files_beside(path: &Path) -> Vec<PathBuf> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| Some(e.file_name().as_os_str()) != path.file_name())
                .map(|e| e.path())
                .filter(|p| is_csv(p))
                .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.len() > 0))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// What the first line of a CSV says it is.
enum Header {
    Role(CsvRole),
    /// Neither table, or no line that could be read.
    Other,
    /// Not UTF-8 text, so it cannot be told; worth naming when no partner is found.
    NotUtf8,
}

/// A header row longer than this is not one of a pair's.
const MAX_HEADER_BYTES: u64 = 64 * 1024;

/// The role of a CSV by its first line alone, read through the same checks as any file.
fn header_role(path: &Path) -> Header {
    use std::io::Read as _;
    let Ok(file) = open_regular(path) else {
        return Header::Other;
    };
    let mut start = Vec::new();
    if file.take(MAX_HEADER_BYTES).read_to_end(&mut start).is_err() {
        return Header::Other;
    }
    let is_break = |b: &u8| *b == b'\n' || *b == b'\r';
    let first = start
        .iter()
        .position(|b| !is_break(b))
        .unwrap_or(start.len());
    let line = start.get(first..).unwrap_or_default();
    match line.iter().position(is_break) {
        Some(end) => header_of(line.get(..end).unwrap_or_default()),
        // A file of one line is whole; a longer line than that is no header of a pair.
        None if (start.len() as u64) < MAX_HEADER_BYTES => header_of(line),
        None => Header::Other,
    }
}

/// What a header row says its CSV is.
fn header_of(line: &[u8]) -> Header {
    match std::str::from_utf8(line) {
        Ok(line) => import::csv_role(line).map_or(Header::Other, Header::Role),
        Err(_) => Header::NotUtf8,
    }
}

/// A file's name without its extension, in lower case.
fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// What is left of a file's name without "locations" and "flows", which the two halves of a
/// pair share.
fn prefix(path: &Path) -> String {
    stem(path).replace("locations", "").replace("flows", "")
}

/// Reads a pair given in either order, telling the halves apart by their header rows. The
/// texts are let go once imported, before the route is checked.
pub(super) fn load_csv_pair(
    (a, a_owned): (&Path, String),
    (b, b_owned): (&Path, String),
    progress: &mut dyn FnMut(LoadStage),
) -> Result<LoadedRoute, LoadError> {
    let (a_file, b_file) = (a.display().to_string(), b.display().to_string());
    let file = format!("{a_file} + {b_file}");
    progress(LoadStage::Parsing);
    let (a_text, b_text) = (a_owned.as_str(), b_owned.as_str());
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
    let paths = vec![locations.0.to_path_buf(), flows.0.to_path_buf()];
    drop((a_owned, b_owned));
    let mut loaded = check_import(imported, &file, Format::FlowmapCsv, progress)?;
    loaded.paths = paths;
    Ok(loaded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;
    use crate::io::testing::temp_dir;
    #[cfg(unix)]
    use crate::io::testing::{make_fifo, without_hanging};

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
                (&locations, LOCATIONS.into()),
                (&locations, LOCATIONS.into()),
                &mut |_| {}
            )),
            (
                "a CSV pair needs one locations table (id,name,lat,lon) and one flows table (origin,dest,count[,time]); check the header rows".to_string(),
                "В паре CSV нужны одна таблица мест (id,name,lat,lon) и одна таблица потоков (origin,dest,count[,time]). Проверьте строки заголовка.".to_string()
            )
        );
    }

    #[cfg(unix)]
    #[test]
    fn named_pipes_beside_a_csv_are_passed_over() {
        let dir = temp_dir("pair-fifo");
        // The partner by name is a pipe, so the header rows of the CSVs beside are looked at.
        let places = dir.join("trade-locations.csv");
        std::fs::write(&places, LOCATIONS).expect("write");
        std::fs::write(dir.join("trips.csv"), FLOWS).expect("write");
        make_fifo(&dir.join("pipe.csv"));
        make_fifo(&dir.join("trade-flows.csv"));
        let loaded = without_hanging(move || crate::io::load_route_file(&places));
        let loaded = loaded.expect("the pair loads");
        let names: Vec<_> = loaded
            .paths
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["trade-locations.csv", "trips.csv"]);
    }

    #[test]
    fn the_partner_named_so_is_read_and_no_other_csv_beside() {
        let dir = temp_dir("pair-by-name");
        let locations = dir.join("trade-locations.csv");
        std::fs::write(&locations, LOCATIONS).expect("write");
        std::fs::write(dir.join("trade-flows.csv"), FLOWS).expect("write");
        // A flows table of a sixteenth of a terabyte, all but its header row holes: reading it
        // would take all the memory there is. Where the file system has no holes, it is left out.
        let huge = std::fs::File::create(dir.join("huge.csv")).expect("create");
        let sparse = huge.set_len(1 << 36).is_ok();
        {
            use std::io::Write as _;
            (&huge).write_all(FLOWS.as_bytes()).expect("write");
        }
        if !sparse {
            drop(huge);
            let _ = std::fs::remove_file(dir.join("huge.csv"));
        }
        assert_eq!(
            csv_partner(&locations, LOCATIONS).expect("found"),
            dir.join("trade-flows.csv")
        );
        let loaded = crate::io::load_route_file(&locations).expect("loads");
        assert_eq!(loaded.route.nodes.len(), 1);
        // Without a name to go by, its header row alone is read, and it is too large to open.
        std::fs::remove_file(dir.join("trade-flows.csv")).expect("remove");
        if sparse {
            assert_eq!(
                csv_partner(&locations, LOCATIONS).expect("found"),
                dir.join("huge.csv")
            );
            let err = crate::io::load_route_file(&locations).expect_err("too large");
            assert!(
                matches!(&err, LoadError::TooLarge { file, .. } if file.ends_with("huge.csv")),
                "{err}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_partner_that_is_not_utf8_is_unreadable_not_missing() {
        let dir = temp_dir("pair-not-utf8");
        let locations = dir.join("locations.csv");
        std::fs::write(&locations, LOCATIONS).expect("write");
        // A flows table saved as UTF-16, as Excel's "Unicode text" is.
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(FLOWS.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        std::fs::write(dir.join("export.csv"), &utf16).expect("write");
        let (english, russian) = words(csv_partner(&locations, LOCATIONS));
        assert_eq!(
            english,
            "no flows (origin,dest,count[,time]) table was found beside this CSV, and export.csv cannot be told apart as it is not UTF-8 text: save it as UTF-8 (in Excel, \"CSV UTF-8\"), or open the two files together"
        );
        assert!(
            russian.contains("export.csv не удаётся прочитать"),
            "{russian}"
        );
        // Named as the partner, it is read, and refused for what it is.
        std::fs::rename(dir.join("export.csv"), dir.join("flows.csv")).expect("rename");
        let err = crate::io::load_route_file(&locations).expect_err("not UTF-8");
        let problem = err.problems().remove(0);
        assert!(problem.file.ends_with("flows.csv"), "{}", problem.file);
        assert!(problem.message.contains("not UTF-8"), "{}", problem.message);
    }

    #[test]
    fn two_partners_by_their_header_rows_are_named_as_ambiguous() {
        let dir = temp_dir("pair-two");
        let places = dir.join("places.csv");
        std::fs::write(&places, LOCATIONS).expect("write");
        std::fs::write(dir.join("by-rail.csv"), FLOWS).expect("write");
        std::fs::write(dir.join("by-sea.csv"), FLOWS).expect("write");
        std::fs::write(dir.join("notes.csv"), "a,b\n1,2\n").expect("write");
        let (english, _) = words(crate::io::load_route_file(&places));
        assert_eq!(
            english,
            "more than one flows (origin,dest,count[,time]) table lies beside this CSV (by-rail.csv, by-sea.csv); open the two files together"
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
