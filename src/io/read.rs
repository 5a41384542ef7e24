//! Loading a route from disk: reading the text, choosing the reader for its format and checking
//! what it made, with progress for a bar.

use std::path::{Path, PathBuf};

use super::format::{Format, is_csv, is_kmz, sniff};
use super::identify::refuse_non_route;
use super::loaded::{LoadStage, LoadedRoute, check_import};
use super::open::open_regular;
use super::pair::{csv_partner, load_csv_pair};
use super::problem::{LoadError, Problem, Words, invalid};
use super::{import, line_column, parse_route};
use crate::i18n::msg;

/// Route files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads and checks a route file of any supported format.
pub fn load_route_file(path: &Path) -> Result<LoadedRoute, LoadError> {
    load_files(&[path.to_path_buf()], &mut |_| {})
}

/// Reads and checks one route, reporting progress: a native, GeoJSON, KML, KMZ or GPX file, or a
/// FlowmapBlue CSV pair given as both files or as either one (its partner is looked for beside it).
pub fn load_files(
    paths: &[PathBuf],
    progress: &mut dyn FnMut(LoadStage),
) -> Result<LoadedRoute, LoadError> {
    let mut loaded = match paths {
        [path] => load_one(path, progress)?,
        [a, b] if is_csv(a) && is_csv(b) => {
            let (a_text, b_text) = (read_text(a, progress)?, read_text(b, progress)?);
            refuse_non_route(a, &a_text)?;
            refuse_non_route(b, &b_text)?;
            load_csv_pair((a, a_text), (b, b_text), progress)?
        }
        [] => {
            return Err(invalid(
                "(no file)",
                vec![Problem::worded(
                    "(no file)",
                    Words::new(msg("problem-no-file"), []),
                )],
            ));
        }
        _ => {
            let file = paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(" + ");
            return Err(invalid(
                &file,
                vec![Problem::worded(
                    &file,
                    Words::new(msg("problem-too-many-files"), []),
                )],
            ));
        }
    };
    // Watching and the list of recent files want one name per file, however it was reached.
    for path in &mut loaded.paths {
        if let Ok(canonical) = std::fs::canonicalize(&*path) {
            *path = canonical;
        }
    }
    Ok(loaded)
}

/// Reads one file; a CSV brings in its partner from beside it.
fn load_one(path: &Path, progress: &mut dyn FnMut(LoadStage)) -> Result<LoadedRoute, LoadError> {
    let file = path.display().to_string();
    if is_kmz(path) {
        return super::kmz::load(path, progress);
    }
    let text = match read_text(path, progress) {
        // A KMZ under another name is no text, but its first bytes tell what it is.
        Err(err @ LoadError::Invalid { .. }) if super::kmz::is_zip(path) => {
            log::info!("{file} is a zip archive, read as KMZ: {err}");
            return super::kmz::load(path, progress);
        }
        text => text?,
    };
    refuse_non_route(path, &text)?;
    progress(LoadStage::Parsing);
    let mut loaded = match sniff(path, &text) {
        Format::Route => parse_route(&text, &file)?,
        Format::GeoJson => check_import(
            import::geojson(&text, &file),
            &file,
            Format::GeoJson,
            progress,
        )?,
        Format::Kml => check_import(import::kml(&text, &file), &file, Format::Kml, progress)?,
        Format::Gpx => check_import(import::gpx(&text, &file), &file, Format::Gpx, progress)?,
        Format::Kmz => return super::kmz::load(path, progress),
        Format::FlowmapCsv => {
            let partner = csv_partner(path, &text)?;
            let partner_text = read_text(&partner, progress)?;
            return load_csv_pair((path, text), (&partner, partner_text), progress);
        }
    };
    loaded.paths = vec![path.to_path_buf()];
    Ok(loaded)
}

/// Reads a whole file as UTF-8 text: only a regular file, and never more than
/// [`MAX_FILE_BYTES`] of it, so a named pipe, a device or a file still growing cannot hold the
/// load up or fill the memory.
pub(super) fn read_text(
    path: &Path,
    progress: &mut dyn FnMut(LoadStage),
) -> Result<String, LoadError> {
    use std::io::Read as _;
    let file = path.display().to_string();
    let unreadable = |source| LoadError::Unreadable {
        file: file.clone(),
        source,
    };
    let reader = open_regular(path)?;
    let total = reader.metadata().map_err(unreadable)?.len();
    if total > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            file,
            size: total,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(total).unwrap_or_default());
    // One byte more than the limit tells a file that grew past it from one that ends there.
    let mut limited = reader.take(MAX_FILE_BYTES + 1);
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let n = limited.read(&mut chunk).map_err(unreadable)?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(chunk.get(..n).unwrap_or_default());
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(LoadError::TooLarge {
                file,
                size: bytes.len() as u64,
                limit: MAX_FILE_BYTES,
            });
        }
        progress(LoadStage::Reading {
            done: bytes.len() as u64,
            total: total.max(bytes.len() as u64),
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        invalid(
            &file,
            vec![Problem {
                line,
                column,
                ..Problem::worded(&file, Words::new(msg("problem-not-utf8"), []))
            }],
        )
    })?;
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    Ok(text)
}

/// The text of a route file read before, such as to locate problems found after loading it;
/// `None` when it is no longer a regular file within the limit, or not UTF-8.
pub fn read_route_text(path: &Path) -> Option<String> {
    read_text(path, &mut |_| {}).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::SpecialFile;
    use crate::io::testing::{MINIMAL, temp_dir};

    #[test]
    fn a_file_over_the_limit_is_refused_before_reading() {
        let path = temp_dir("large").join("huge.json");
        let file = std::fs::File::create(&path).expect("create");
        file.set_len(MAX_FILE_BYTES + 1).expect("a sparse file");
        let err = load_route_file(&path).expect_err("too large");
        assert!(matches!(err, LoadError::TooLarge { .. }), "{err}");
        assert!(err.to_string().contains("more than the"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_or_a_device_is_refused_without_waiting() {
        use crate::io::testing::{make_fifo, without_hanging};
        let dir = temp_dir("special");
        let pipe = dir.join("route.json");
        make_fifo(&pipe);
        let opened = pipe.clone();
        let err = without_hanging(move || load_route_file(&opened)).expect_err("a pipe");
        assert!(
            matches!(
                err,
                LoadError::NotAFile {
                    kind: SpecialFile::Pipe,
                    ..
                }
            ),
            "{err}"
        );
        let problem = err.problems().remove(0);
        assert!(
            problem.message.ends_with("route.json is a named pipe, not a route file saved on disk; open the route file itself"),
            "{}",
            problem.message
        );
        assert_eq!(
            problem.message_in(&crate::i18n::Tr::new("en")),
            problem.message
        );
        assert_eq!(
            problem.message_in(&crate::i18n::Tr::new("ru")),
            format!(
                "{} — именованный канал, а не файл маршрута на диске. Откройте сам файл маршрута.",
                pipe.display()
            )
        );
        // As one of a pair given together.
        let flows = dir.join("flows.csv");
        std::fs::write(&flows, "origin,dest,count\na,b,1\n").expect("write");
        let csv_pipe = dir.join("locations.csv");
        make_fifo(&csv_pipe);
        let err = without_hanging(move || load_files(&[flows, csv_pipe], &mut |_| {}))
            .expect_err("a pipe");
        assert!(matches!(err, LoadError::NotAFile { .. }), "{err}");
        // A device that never ends.
        let zero = Path::new("/dev/zero");
        if zero.exists() {
            let err =
                without_hanging(|| load_route_file(Path::new("/dev/zero"))).expect_err("a device");
            assert!(
                matches!(
                    err,
                    LoadError::NotAFile {
                        kind: SpecialFile::Device,
                        ..
                    }
                ),
                "{err}"
            );
        }
    }

    #[test]
    fn a_folder_is_unreadable() {
        let dir = temp_dir("folder");
        let err = load_route_file(&dir).expect_err("a folder");
        assert!(matches!(err, LoadError::Unreadable { .. }), "{err}");
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let path = temp_dir("bom").join("bom.json");
        let text = MINIMAL.replace("\"aktu\"", "\"aktau\"");
        std::fs::write(&path, format!("\u{feff}{text}")).expect("write");
        load_route_file(&path).expect("loads despite the mark");
    }
}
