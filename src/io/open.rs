//! Opening a file to read only when it is a regular file: a named pipe, a device or a socket
//! may block a read, or never end.

use std::path::Path;

use super::problem::{LoadError, SpecialFile};

/// Opens `path` for reading if it is a regular file. A named pipe, a device or a socket may
/// block a read, or never end, so each is refused by what the path is before it is opened, and
/// again by what was opened, in case the path was swapped in between; on Unix the open itself
/// does not wait for a pipe's other end.
pub(super) fn open_regular(path: &Path) -> Result<std::fs::File, LoadError> {
    let unreadable = |source| LoadError::Unreadable {
        file: path.display().to_string(),
        source,
    };
    refuse_unless_regular(path, &std::fs::metadata(path).map_err(unreadable)?)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let opened = options.open(path).map_err(unreadable)?;
    refuse_unless_regular(path, &opened.metadata().map_err(unreadable)?)?;
    Ok(opened)
}

/// An error unless `metadata` is a regular file's.
fn refuse_unless_regular(path: &Path, metadata: &std::fs::Metadata) -> Result<(), LoadError> {
    let file = path.display().to_string();
    if metadata.is_file() {
        Ok(())
    } else if metadata.is_dir() {
        Err(LoadError::Unreadable {
            file,
            source: std::io::ErrorKind::IsADirectory.into(),
        })
    } else {
        Err(LoadError::NotAFile {
            file,
            kind: SpecialFile::of(metadata.file_type()),
        })
    }
}
