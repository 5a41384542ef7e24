//! Writing a file whole or not at all, so a crash or a full disk mid-write leaves the old file as
//! it was.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file in the same folder, flushed to disk and then
/// renamed over `path`. A rename within one folder is atomic, so readers see the old file or the
/// new one, never half of one; syncing the file before the rename and, on Unix, the folder after
/// it makes the new file survive a power cut. The temporary file is removed when anything fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temporary = temporary_beside(path);
    let written =
        write_and_sync(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    if let Err(error) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(error);
    }
    sync_folder(path)
}

/// `.name.PID.tmp` beside `path`: hidden, and not shared with another process saving the same
/// file at the same time.
fn temporary_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

fn write_and_sync(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes the rename itself durable: on Unix a new directory entry is only on disk once the
/// folder is synced. Elsewhere there is no portable way to do so, and no need on NTFS.
#[cfg(unix)]
fn sync_folder(path: &Path) -> std::io::Result<()> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::testing::temp_dir;

    fn names_in(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_new_file_is_written_whole() {
        let dir = temp_dir("atomic-new");
        let path = dir.join("out.bin");
        let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        write_atomic(&path, &bytes).expect("written");
        assert_eq!(std::fs::read(&path).expect("read back"), bytes);
        assert_eq!(names_in(&dir), ["out.bin"], "no temporary file left");
    }

    #[test]
    fn an_old_file_is_replaced() {
        let dir = temp_dir("atomic-replace");
        let path = dir.join("route.json");
        std::fs::write(&path, "a longer old content than the new one").expect("old file");
        write_atomic(&path, b"new").expect("written");
        assert_eq!(std::fs::read(&path).expect("read back"), b"new");
        assert_eq!(names_in(&dir), ["route.json"], "no temporary file left");
    }

    #[test]
    fn a_missing_folder_is_an_error_and_leaves_nothing() {
        let dir = temp_dir("atomic-missing");
        let path = dir.join("no such folder").join("out.json");
        let error = write_atomic(&path, b"{}").expect_err("the folder is missing");
        assert_eq!(error.kind(), std::io::ErrorKind::NotFound);
        assert!(names_in(&dir).is_empty());
    }

    #[test]
    fn a_folder_in_the_way_is_an_error_and_the_temporary_is_removed() {
        let dir = temp_dir("atomic-folder");
        let path = dir.join("taken");
        std::fs::create_dir(&path).expect("a folder where the file should go");
        std::fs::write(path.join("inside"), "x").expect("a file inside it");
        write_atomic(&path, b"{}").expect_err("cannot rename a file over a folder");
        assert_eq!(names_in(&dir), ["taken"], "no temporary file left");
    }
}
