//! What a typed path must be before the app uses it: a file that is there to open, or a place
//! where a file can be written. Each refusal names the path and says what to change.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

use crate::i18n::Tr;
use crate::tr;

#[derive(Debug, thiserror::Error)]
pub enum PathError {
    #[error("Type the path of a file.")]
    Empty,
    #[error("There is no file at {0}. Check the folder and the file's name.")]
    Missing(String),
    #[error("{0} is a folder. Add the file's name to the path.")]
    Folder(String),
    #[error("The folder {0} does not exist. Create it first, or type another folder.")]
    NoFolder(String),
    #[error("{file} cannot be written: {source}. Choose a folder you may write to.")]
    NotWritable {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

impl PathError {
    /// What is wrong, in the interface's language; the system's reason stays in its own words.
    pub fn text(&self, tr: &Tr) -> String {
        match self {
            PathError::Empty => tr.t("dialog-path-empty"),
            PathError::Missing(path) => tr!(tr, "dialog-path-missing", path = path),
            PathError::Folder(path) => tr!(tr, "dialog-path-folder", path = path),
            PathError::NoFolder(path) => tr!(tr, "dialog-path-no-folder", path = path),
            PathError::NotWritable { file, source } => tr!(
                tr,
                "dialog-path-not-writable",
                path = file,
                reason = source.to_string()
            ),
        }
    }
}

/// The path in `text`, with a leading `~` read as the home folder.
pub fn parse(text: &str) -> Result<PathBuf, PathError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(PathError::Empty);
    }
    let home = std::env::home_dir();
    let path = match (text.strip_prefix('~'), home) {
        (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with(['/', '\\']) => {
            home.join(rest.trim_start_matches(['/', '\\']))
        }
        _ => PathBuf::from(text),
    };
    Ok(path)
}

/// `path` if it is a file that can be opened.
pub fn to_open(path: PathBuf) -> Result<PathBuf, PathError> {
    if path.is_dir() {
        return Err(PathError::Folder(path.display().to_string()));
    }
    if !path.is_file() {
        return Err(PathError::Missing(path.display().to_string()));
    }
    Ok(path)
}

/// `path` if a file can be written there: it is not a folder, its folder exists, and writing is
/// allowed, which is tried without changing anything already there.
pub fn to_write(path: PathBuf) -> Result<PathBuf, PathError> {
    if path.is_dir() {
        return Err(PathError::Folder(path.display().to_string()));
    }
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_owned(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(PathError::NoFolder(folder.display().to_string()));
    }
    try_writing(&path).map_err(|source| PathError::NotWritable {
        file: path.display().to_string(),
        source,
    })?;
    Ok(path)
}

/// Opens an existing file for appending, or creates the file and removes it again.
fn try_writing(path: &Path) -> std::io::Result<()> {
    if path.exists() {
        OpenOptions::new().append(true).open(path).map(drop)
    } else {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map(drop)?;
        std::fs::remove_file(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("typed-path-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        dir
    }

    #[test]
    fn a_file_to_open_must_be_there() {
        let dir = folder("open");
        let file = dir.join("route.json");
        std::fs::write(&file, "{}").expect("write");
        assert_eq!(to_open(file.clone()).ok(), Some(file));
        let missing = dir.join("missing.json");
        let err = to_open(missing.clone()).expect_err("missing");
        assert!(
            err.to_string().contains(&missing.display().to_string()),
            "{err}"
        );
        assert!(matches!(to_open(dir), Err(PathError::Folder(_))));
        assert!(matches!(parse("  "), Err(PathError::Empty)));
    }

    #[test]
    fn a_file_to_write_needs_its_folder_and_leaves_nothing_behind() {
        let dir = folder("write");
        let file = dir.join("out.png");
        assert_eq!(to_write(file.clone()).ok(), Some(file.clone()));
        assert!(!file.exists(), "trying to write leaves no file");
        std::fs::write(&file, "old").expect("write");
        assert!(to_write(file.clone()).is_ok());
        assert_eq!(std::fs::read_to_string(&file).ok().as_deref(), Some("old"));
        let nowhere = dir.join("gone").join("out.png");
        let err = to_write(nowhere).expect_err("no folder");
        assert!(matches!(err, PathError::NoFolder(_)), "{err}");
        assert!(matches!(to_write(dir), Err(PathError::Folder(_))));
    }

    #[test]
    fn a_tilde_is_the_home_folder() {
        if let Some(home) = std::env::home_dir() {
            assert_eq!(parse("~/a.json").ok(), Some(home.join("a.json")));
        }
        assert_eq!(parse("/x/~a").ok(), Some(PathBuf::from("/x/~a")));
    }
}
