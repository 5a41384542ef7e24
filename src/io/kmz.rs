//! KMZ: a zip archive holding a KML file and what it shows (icons, pictures), as Google Earth
//! saves it. The KML in it is read as any KML file, within the same size limit as a file on its
//! own, counted unzipped: a small archive that unzips to gigabytes is refused before it fills
//! memory.

use std::io::Read;
use std::path::Path;

use super::format::Format;
use super::loaded::{LoadStage, LoadedRoute, check_import};
use super::problem::{LoadError, Problem, Words, invalid};
use super::{MAX_FILE_BYTES, import, line_column};
use crate::i18n::msg;

/// The KML file Google Earth reads first in a KMZ.
const MAIN_KML: &str = "doc.kml";

/// The first bytes of every zip archive.
const ZIP_SIGNATURE: &[u8; 4] = b"PK\x03\x04";

/// Reads the KML of a KMZ file and checks the route it holds.
pub(super) fn load(
    path: &Path,
    progress: &mut dyn FnMut(LoadStage),
) -> Result<LoadedRoute, LoadError> {
    let file = path.display().to_string();
    let unreadable = |source| LoadError::Unreadable {
        file: file.clone(),
        source,
    };
    let archive_file = super::open::open_regular(path)?;
    let size = archive_file.metadata().map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            file,
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let (entry, text) = read_kml(
        std::io::BufReader::new(archive_file),
        &file,
        MAX_FILE_BYTES,
        progress,
    )?;
    progress(LoadStage::Parsing);
    // Places in the KML are lines of the file inside the archive, so problems name it.
    let inner = format!("{file}/{entry}");
    let inside = |problems: Vec<Problem>| -> Vec<Problem> {
        problems
            .into_iter()
            .map(|problem| Problem {
                file: inner.clone(),
                ..problem
            })
            .collect()
    };
    let mut loaded = check_import(import::kml(&text, &file), &file, Format::Kmz, progress)
        .map_err(|err| match err {
            LoadError::Invalid {
                file,
                problems,
                warnings,
            } => LoadError::Invalid {
                file,
                problems: inside(problems),
                warnings: inside(warnings),
            },
            other => other,
        })?;
    loaded.warnings = inside(std::mem::take(&mut loaded.warnings));
    loaded.paths = vec![path.to_path_buf()];
    Ok(loaded)
}

/// Whether the file starts as a zip archive does: a KMZ whatever its name.
pub(super) fn is_zip(path: &Path) -> bool {
    let mut first = [0u8; 4];
    super::open::open_regular(path).is_ok_and(|mut f| f.read_exact(&mut first).is_ok())
        && &first == ZIP_SIGNATURE
}

/// The name and text of the KML in the archive, unzipped to at most `limit` bytes; `file` names
/// the archive in problems.
fn read_kml(
    reader: impl Read + std::io::Seek,
    file: &str,
    limit: u64,
    progress: &mut dyn FnMut(LoadStage),
) -> Result<(String, String), LoadError> {
    let refused = |words: Words| invalid(file, vec![Problem::worded(file, words)]);
    let mut archive = zip::ZipArchive::new(reader).map_err(|e| {
        refused(Words::new(
            msg("problem-kmz-not-zip"),
            [("error", e.to_string().into())],
        ))
    })?;
    let names: Vec<String> = (0..archive.len())
        .filter_map(|i| {
            archive
                .name_for_index(i)?
                .ok()
                .map(|name| name.into_owned())
        })
        .collect();
    let Some(name) = kml_entry(&names) else {
        let words = if names.is_empty() {
            Words::new(msg("problem-kmz-empty"), [])
        } else {
            Words::new(
                msg("problem-kmz-no-kml"),
                [("files", listed(&names).into())],
            )
        };
        return Err(refused(words));
    };
    let entry = archive.by_name(&name).map_err(|e| {
        refused(Words::new(
            msg("problem-kmz-entry-unreadable"),
            [("entry", (&name).into()), ("error", e.to_string().into())],
        ))
    })?;
    let too_large = || {
        // The limit as text: written out in full, as for a file on its own.
        refused(Words::new(
            msg("problem-kmz-too-large"),
            [
                ("entry", (&name).into()),
                ("limit", limit.to_string().into()),
            ],
        ))
    };
    // The size the archive states is checked first; the reading stops at the limit all the same,
    // since a crafted archive may state less than it holds.
    let stated = entry.size();
    if stated > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(stated).unwrap_or(0));
    let mut reader = entry.take(limit + 1);
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let n = reader.read(&mut chunk).map_err(|e| {
            refused(Words::new(
                msg("problem-kmz-entry-unreadable"),
                [("entry", (&name).into()), ("error", e.to_string().into())],
            ))
        })?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(chunk.get(..n).unwrap_or_default());
        if bytes.len() as u64 > limit {
            return Err(too_large());
        }
        progress(LoadStage::Reading {
            done: bytes.len() as u64,
            total: stated.max(bytes.len() as u64),
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        let inner = format!("{file}/{name}");
        invalid(
            &inner,
            vec![Problem {
                line,
                column,
                ..Problem::worded(&inner, Words::new(msg("problem-not-utf8"), []))
            }],
        )
    })?;
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    Ok((name, text))
}

/// The KML Google Earth opens in an archive with these entries: `doc.kml`, else the first
/// `.kml` file at the top of the archive.
fn kml_entry(names: &[String]) -> Option<String> {
    let at_top = |name: &&String| !name.trim_end_matches('/').contains('/');
    let is_kml = |name: &&String| {
        Path::new(name.as_str())
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("kml"))
    };
    names
        .iter()
        .filter(at_top)
        .find(|name| name.eq_ignore_ascii_case(MAIN_KML))
        .or_else(|| names.iter().filter(at_top).find(is_kml))
        .cloned()
}

/// The most entries a message lists.
const LISTED: usize = 5;

/// Entry names for a message: the first few, and how many more.
fn listed(names: &[String]) -> String {
    let mut text = names
        .iter()
        .take(LISTED)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > LISTED {
        text.push_str(&format!(" and {} more", names.len() - LISTED));
    }
    text
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Tr;
    use crate::io::testing::temp_dir;
    use std::io::{Cursor, Write};

    /// A zip archive of `files` (name, bytes), each compressed.
    pub(crate) fn zipped(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in files {
            writer.start_file(*name, options).expect("start an entry");
            writer.write_all(bytes).expect("write an entry");
        }
        writer.finish().expect("finish the archive").into_inner()
    }

    const KML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Ports</name>
<Placemark><name>Aktau</name><Point><coordinates>51.22,43.6</coordinates></Point></Placemark>
<Placemark><name>Alat</name><Point><coordinates>49.42,39.93</coordinates></Point></Placemark>
<Placemark><name>Ferry</name><LineString><coordinates>51.22,43.6 49.42,39.93</coordinates></LineString></Placemark>
</Document></kml>"#;

    fn read(archive: Vec<u8>, limit: u64) -> Result<(String, String), LoadError> {
        read_kml(Cursor::new(archive), "map.kmz", limit, &mut |_| {})
    }

    /// The one problem a refused archive gives, in English and in Russian.
    fn refusal(archive: Vec<u8>, limit: u64) -> (String, String) {
        let problem = read(archive, limit)
            .expect_err("refused")
            .problems()
            .remove(0);
        assert_eq!(problem.message_in(&Tr::new("en")), problem.message);
        let russian = problem.message_in(&Tr::new("ru"));
        (problem.message, russian)
    }

    #[test]
    fn a_kmz_opens_as_the_kml_inside_it() {
        let path = temp_dir("kmz-open").join("ports.kmz");
        let archive = zipped(&[("files/icon.png", b"\x89PNG"), ("doc.kml", KML.as_bytes())]);
        std::fs::write(&path, archive).expect("write");
        let loaded = crate::io::load_route_file(&path).expect("opens");
        assert_eq!(loaded.format, Format::Kmz);
        assert_eq!(loaded.route.title, "Ports");
        assert_eq!(loaded.route.id, "ports");
        assert_eq!(loaded.route.nodes.len(), 2);
        assert_eq!(loaded.route.links.len(), 1);
        assert_eq!(loaded.paths.len(), 1);

        // The same archive named .kml is still found to be one.
        let renamed = path.with_extension("kml");
        std::fs::rename(&path, &renamed).expect("rename");
        let loaded = crate::io::load_route_file(&renamed).expect("opens");
        assert_eq!(loaded.format, Format::Kmz);
    }

    #[test]
    fn problems_in_the_kml_name_the_file_inside_the_archive() {
        let path = temp_dir("kmz-problem").join("broken.kmz");
        let kml = KML.replace("51.22,43.6 ", "251.22,43.6 ");
        std::fs::write(&path, zipped(&[("route.kml", kml.as_bytes())])).expect("write");
        let err = crate::io::load_route_file(&path).expect_err("off the globe");
        let problem = &err.problems()[0];
        assert_eq!(problem.file, format!("{}/route.kml", path.display()));
        assert_eq!(problem.line, 5);
        assert!(problem.message.contains("251.22"), "{}", problem.message);
    }

    #[test]
    fn doc_kml_is_chosen_else_the_first_kml_at_the_top() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            kml_entry(&names(&["a.kml", "DOC.KML", "b.kml"])).as_deref(),
            Some("DOC.KML")
        );
        assert_eq!(
            kml_entry(&names(&[
                "files/doc.kml",
                "images/x.png",
                "Route.KML",
                "z.kml"
            ]))
            .as_deref(),
            Some("Route.KML")
        );
        assert_eq!(kml_entry(&names(&["files/inner.kml", "x.png"])), None);
    }

    #[test]
    fn an_archive_that_unzips_past_the_limit_is_refused() {
        // A thousand times smaller zipped than unzipped, as a zip bomb is.
        let big = vec![b' '; 200_000];
        let archive = zipped(&[("doc.kml", &big)]);
        assert!(archive.len() < 2_000, "{} bytes zipped", archive.len());
        let (english, russian) = refusal(archive, 100_000);
        assert_eq!(
            english,
            "doc.kml in the archive unzips to more than the 100000 bytes a route file may have; this KMZ is damaged or made to fill memory, so it is not opened"
        );
        assert!(russian.starts_with("Файл doc.kml в архиве"), "{russian}");
    }

    /// The archive with the unzipped size its headers state for its one entry set to `size`.
    fn stating(mut archive: Vec<u8>, size: u32) -> Vec<u8> {
        // The local header states it 22 bytes in, the central directory's entry 24 bytes in.
        for (signature, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let start = archive
                .windows(4)
                .position(|w| w == signature)
                .expect("a header");
            archive[start + at..start + at + 4].copy_from_slice(&size.to_le_bytes());
        }
        archive
    }

    #[test]
    fn an_archive_that_states_less_than_it_holds_is_refused() {
        let archive = zipped(&[("doc.kml", &[b'x'; 5_000])]);
        let (name, text) = read(archive.clone(), 5_000).expect("at the limit");
        assert_eq!((name.as_str(), text.len()), ("doc.kml", 5_000));
        // Stating 100 bytes, it passes the first look; unzipping stops where it says it ends.
        let (english, _) = refusal(stating(archive, 100), 4_999);
        assert!(
            english.starts_with("doc.kml in the archive cannot be unzipped"),
            "{english}"
        );
    }

    #[test]
    fn archives_without_kml_or_not_zips_are_refused_with_what_they_hold() {
        let (english, russian) = refusal(
            zipped(&[("photo.jpg", b"x"), ("files/doc.kml", KML.as_bytes())]),
            MAX_FILE_BYTES,
        );
        assert_eq!(
            english,
            "the KMZ holds no .kml file at its top level (it holds photo.jpg, files/doc.kml); a KMZ needs doc.kml beside its folders: unzip it and open the KML file it has"
        );
        assert!(russian.starts_with("В KMZ нет файла .kml"), "{russian}");

        let (english, _) = refusal(zipped(&[]), MAX_FILE_BYTES);
        assert!(english.starts_with("the KMZ archive is empty"), "{english}");
        let (english, _) = refusal(b"PK\x03\x04 not really a zip".to_vec(), MAX_FILE_BYTES);
        assert!(
            english.starts_with("the file is not a readable zip archive"),
            "{english}"
        );
    }
}
