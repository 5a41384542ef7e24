//! What goes wrong when reading a route: each problem located for a person to fix, and the error
//! a load fails with.

use serde::Serialize;

/// One problem in a route file, located for a person to fix.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Problem {
    pub file: String,
    /// 1-based; 0 when the problem has no place in the text.
    pub line: usize,
    pub column: usize,
    /// JSON path of the value, such as `links[3].from`; empty for the whole file.
    pub path: String,
    pub message: String,
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
    #[error("{file} has {} problem(s); the first: {}", problems.len(), first_problem(problems))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
        warnings: Vec<Problem>,
    },
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
            LoadError::Unreadable { file, .. } | LoadError::TooLarge { file, .. } => {
                vec![Problem {
                    file: file.clone(),
                    line: 0,
                    column: 0,
                    path: String::new(),
                    message: self.to_string(),
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
