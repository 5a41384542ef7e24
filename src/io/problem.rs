//! What goes wrong when reading a route: each problem located for a person to fix, and the error
//! a load fails with.

use serde::Serialize;

use crate::i18n::{Arg, Tr, msg};

/// One problem in a route file, located for a person to fix.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Problem {
    pub file: String,
    /// 1-based; 0 when the problem has no place in the text.
    pub line: usize,
    pub column: usize,
    /// JSON path of the value, such as `links[3].from`; empty for the whole file.
    pub path: String,
    /// What is wrong, in English: for `check --json`, the command line and logs.
    pub message: String,
    /// The same words as a message of the translation files, so that the app can show the
    /// problem in the interface's language; `None` for problems still worded in English only.
    #[serde(skip)]
    pub words: Option<Words>,
}

/// A problem's words as a message of the translation files (`problem-…`) with its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    pub id: &'static str,
    pub args: Box<[(&'static str, Arg)]>,
}

impl Words {
    /// Message `id` (wrapped in [`crate::i18n::msg`] where it is written, so the test of the
    /// translation files finds it) with its arguments.
    pub fn new<const N: usize>(id: &'static str, args: [(&'static str, Arg); N]) -> Words {
        Words {
            id,
            args: args.into(),
        }
    }

    /// The words in the language of `tr`.
    pub fn in_language(&self, tr: &Tr) -> String {
        tr.t_args(self.id, &self.args)
    }

    /// The words in English, as [`Problem::message`] keeps them.
    pub fn english(&self) -> String {
        static ENGLISH: std::sync::OnceLock<Tr> = std::sync::OnceLock::new();
        self.in_language(ENGLISH.get_or_init(|| Tr::new(crate::i18n::FALLBACK)))
    }
}

/// What a problem says: words of the translation files, or English alone.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    English(String),
    Words(Words),
}

impl From<String> for Said {
    fn from(message: String) -> Self {
        Said::English(message)
    }
}

impl From<&str> for Said {
    fn from(message: &str) -> Self {
        Said::English(message.to_owned())
    }
}

impl From<Words> for Said {
    fn from(words: Words) -> Self {
        Said::Words(words)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        if !self.path.is_empty() {
            write!(f, " at {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl Problem {
    /// A problem with the file as a whole.
    pub fn in_file(file: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_string(),
            line: 0,
            column: 0,
            path: String::new(),
            message: message.into(),
            words: None,
        }
    }

    /// A problem with the file as a whole, in words the app shows in the interface's language;
    /// its English [`Problem::message`] is made from the same words.
    pub fn worded(file: &str, words: Words) -> Problem {
        Problem {
            message: words.english(),
            words: Some(words),
            ..Problem::in_file(file, String::new())
        }
    }

    /// A problem with the file as a whole that says `said`.
    pub fn said(file: &str, said: impl Into<Said>) -> Problem {
        match said.into() {
            Said::English(message) => Problem::in_file(file, message),
            Said::Words(words) => Problem::worded(file, words),
        }
    }

    /// What is wrong, in the language of `tr` when the problem has words of its own, else in
    /// English.
    pub fn message_in(&self, tr: &Tr) -> String {
        match &self.words {
            Some(words) => words.in_language(tr),
            None => self.message.clone(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {file}: {source}. Check that the file exists and that you may read it.")]
    Unreadable {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{file} is {size} bytes, more than the {limit} bytes a route file may have. Split the route or leave out detail it does not need."
    )]
    TooLarge { file: String, size: u64, limit: u64 },
    #[error("{file} is {kind}, not a route file saved on disk; open the route file itself")]
    NotAFile { file: String, kind: SpecialFile },
    #[error("{file} has {} problem(s); the first: {}", problems.len(), first_problem(problems))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
        warnings: Vec<Problem>,
    },
}

/// What a path that is not a regular file or a folder leads to: something a read could wait on
/// for ever, or never come to the end of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecialFile {
    /// A named pipe (FIFO): a read waits for another program to write.
    Pipe,
    /// A device, such as a terminal or `/dev/zero`.
    Device,
    Socket,
    Other,
}

impl SpecialFile {
    pub(super) fn of(kind: std::fs::FileType) -> SpecialFile {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt as _;
            if kind.is_fifo() {
                return SpecialFile::Pipe;
            }
            if kind.is_char_device() || kind.is_block_device() {
                return SpecialFile::Device;
            }
            if kind.is_socket() {
                return SpecialFile::Socket;
            }
        }
        let _ = kind;
        SpecialFile::Other
    }

    /// The word the translation files choose the wording by.
    fn word(self) -> &'static str {
        match self {
            SpecialFile::Pipe => "pipe",
            SpecialFile::Device => "device",
            SpecialFile::Socket => "socket",
            SpecialFile::Other => "other",
        }
    }
}

impl std::fmt::Display for SpecialFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SpecialFile::Pipe => "a named pipe",
            SpecialFile::Device => "a device",
            SpecialFile::Socket => "a socket",
            SpecialFile::Other => "a special file",
        })
    }
}

fn first_problem(problems: &[Problem]) -> String {
    problems
        .first()
        .map(ToString::to_string)
        .unwrap_or_default()
}

impl LoadError {
    /// Every problem as a located [`Problem`], for panels and `check --json`.
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            LoadError::Invalid { problems, .. } => problems.clone(),
            LoadError::Unreadable { file, source } => {
                let id = match source.kind() {
                    std::io::ErrorKind::NotFound => msg("problem-file-not-found"),
                    std::io::ErrorKind::PermissionDenied => msg("problem-file-not-permitted"),
                    std::io::ErrorKind::IsADirectory => msg("problem-file-is-a-folder"),
                    _ => msg("problem-file-unreadable"),
                };
                let words = Words::new(
                    id,
                    [("file", file.into()), ("error", source.to_string().into())],
                );
                vec![Problem {
                    message: self.to_string(),
                    ..Problem::worded(file, words)
                }]
            }
            LoadError::TooLarge { file, size, limit } => {
                // Sizes as text: written out in full, as the English message has them.
                let words = Words::new(
                    msg("problem-file-too-large"),
                    [
                        ("file", file.into()),
                        ("size", size.to_string().into()),
                        ("limit", limit.to_string().into()),
                    ],
                );
                vec![Problem {
                    message: self.to_string(),
                    ..Problem::worded(file, words)
                }]
            }
            LoadError::NotAFile { file, kind } => {
                let words = Words::new(
                    msg("problem-file-not-regular"),
                    [("file", file.into()), ("kind", kind.word().into())],
                );
                vec![Problem {
                    message: self.to_string(),
                    ..Problem::worded(file, words)
                }]
            }
        }
    }

    pub fn warnings(&self) -> &[Problem] {
        match self {
            LoadError::Invalid { warnings, .. } => warnings,
            _ => &[],
        }
    }
}

/// A load that failed for `problems`, with no warnings worth adding.
pub(super) fn invalid(file: &str, problems: Vec<Problem>) -> LoadError {
    LoadError::Invalid {
        file: file.to_string(),
        problems,
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::parse_route;
    use crate::io::testing::MINIMAL;

    #[test]
    fn a_problem_with_words_reads_in_russian_and_as_before_in_english() {
        let err = parse_route(MINIMAL, "t.json").expect_err("the link names an unknown node");
        let problem = &err.problems()[0];
        assert_eq!(
            problem.message,
            "unknown node 'aktu' — did you mean 'aktau'?"
        );
        assert_eq!(problem.message_in(&Tr::new("en")), problem.message);
        assert_eq!(
            problem.message_in(&Tr::new("ru")),
            "Не найден узел «aktu» — может быть, «aktau»?"
        );
        // `check --json` keeps to the English words.
        let json = serde_json::to_string(problem).expect("json");
        assert!(!json.contains("words"), "{json}");
    }

    #[test]
    fn a_problem_without_words_reads_in_english_in_every_language() {
        let problem = Problem::in_file("t.json", "something only English says");
        assert_eq!(
            problem.message_in(&Tr::new("ru")),
            "something only English says"
        );
    }

    #[test]
    fn a_file_that_cannot_be_read_is_worded_as_before_and_in_russian() {
        let err = LoadError::Unreadable {
            file: "gone.json".into(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        let problem = &err.problems()[0];
        assert_eq!(problem.message, err.to_string());
        assert_eq!(problem.message_in(&Tr::new("en")), err.to_string());
        assert_eq!(
            problem.message_in(&Tr::new("ru")),
            "Файл не найден: gone.json. Проверьте, что он не переименован и не перемещён."
        );
        let err = LoadError::TooLarge {
            file: "huge.json".into(),
            size: 70_000_000,
            limit: crate::io::MAX_FILE_BYTES,
        };
        let problem = &err.problems()[0];
        assert_eq!(problem.message_in(&Tr::new("en")), err.to_string());
        assert!(
            problem
                .message_in(&Tr::new("ru"))
                .starts_with("Файл huge.json слишком велик: 70000000 байт"),
            "{problem:?}"
        );
    }

    #[test]
    fn counts_take_russian_plural_forms() {
        let ring = |count: usize| {
            Words::new(msg("problem-ring-too-short"), [("count", count.into())])
                .in_language(&Tr::new("ru"))
        };
        assert!(ring(1).ends_with("в нём 1 точка."), "{}", ring(1));
        assert!(ring(2).ends_with("в нём 2 точки."), "{}", ring(2));
        assert!(ring(0).ends_with("в нём 0 точек."), "{}", ring(0));
        let english = Words::new(msg("problem-ring-too-short"), [("count", 2usize.into())]);
        assert_eq!(
            english.english(),
            "a ring needs at least 3 points to enclose anything; it has 2"
        );
    }
}
