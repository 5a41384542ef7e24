//! A CSV text as a table: its header names and its rows, with where each cell is for messages.

use ::csv::{ReaderBuilder, StringRecord, Trim};

use super::super::{Notes, Where};
use crate::i18n::msg;
use crate::io::Words;

/// A CSV file read whole: its header names, lower-cased, and its rows with their line numbers.
pub(super) struct Table {
    pub(super) header: Vec<String>,
    pub(super) rows: Vec<(usize, StringRecord)>,
}

impl Table {
    /// `None`, with an error, when the text has no header row.
    pub(super) fn read(text: &str, notes: &mut Notes) -> Option<Table> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let first_line = text.lines().next().unwrap_or_default();
        let delimiter = [b',', b';', b'\t']
            .into_iter()
            .max_by_key(|&d| first_line.bytes().filter(|&b| b == d).count())
            .unwrap_or(b',');
        let mut reader = ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .trim(Trim::All)
            .from_reader(text.as_bytes());
        let mut records = Vec::new();
        for result in reader.records() {
            match result {
                Ok(record) if record.iter().all(str::is_empty) => {}
                Ok(record) => {
                    let line = record.position().map_or(0, |p| p.line());
                    records.push((usize::try_from(line).unwrap_or(usize::MAX), record));
                }
                Err(error) => {
                    let line = error.position().map_or(0, |p| p.line());
                    notes.error(
                        Where::Cell {
                            line: usize::try_from(line).unwrap_or(usize::MAX),
                            column: 1,
                            path: String::new(),
                        },
                        Words::new(
                            msg("problem-csv-unreadable-row"),
                            [("error", error.to_string().into())],
                        ),
                    );
                }
            }
        }
        let mut rows = records.into_iter();
        let Some((_, header)) = rows.next() else {
            notes.error(Where::File, Words::new(msg("problem-csv-empty"), []));
            return None;
        };
        Some(Table {
            header: header.iter().map(str::to_lowercase).collect(),
            rows: rows.collect(),
        })
    }

    /// The index of the first column with one of `names`.
    pub(super) fn column(&self, names: &[&str]) -> Option<usize> {
        self.header.iter().position(|h| names.contains(&h.as_str()))
    }

    /// Like [`Table::column`], with an error naming the columns needed when it is missing.
    pub(super) fn required(
        &self,
        names: &[&str],
        needed: &str,
        notes: &mut Notes,
    ) -> Option<usize> {
        let column = self.column(names);
        if column.is_none() {
            let others = names.get(1..).unwrap_or_default();
            let name = *names.first().unwrap_or(&"");
            let found = self.header.join(", ");
            let words = if others.is_empty() {
                Words::new(
                    msg("problem-csv-missing-column"),
                    [
                        ("column", name.into()),
                        ("needed", needed.into()),
                        ("found", found.into()),
                    ],
                )
            } else {
                Words::new(
                    msg("problem-csv-missing-column-or"),
                    [
                        ("column", name.into()),
                        ("others", others.join(", ").into()),
                        ("needed", needed.into()),
                        ("found", found.into()),
                    ],
                )
            };
            notes.error(
                Where::Cell {
                    line: 1,
                    column: 1,
                    path: "header".into(),
                },
                words,
            );
        }
        column
    }
}

/// One field of a row, and where it is for messages.
pub(super) struct Cell<'r> {
    pub(super) text: &'r str,
    pub(super) line: usize,
    pub(super) column: usize,
    pub(super) name: &'r str,
}

impl Cell<'_> {
    pub(super) fn of<'r>(
        table: &'r Table,
        line: usize,
        record: &'r StringRecord,
        column: usize,
    ) -> Cell<'r> {
        Cell {
            text: record.get(column).unwrap_or_default(),
            line,
            column: column + 1,
            name: table.header.get(column).map_or("", String::as_str),
        }
    }

    pub(super) fn at(&self) -> Where {
        Where::Cell {
            line: self.line,
            column: self.column,
            path: format!("row {}, column {}", self.line, self.name),
        }
    }

    /// The number in the cell; `None`, with an error, when it is not one.
    pub(super) fn number(&self, notes: &mut Notes) -> Option<f64> {
        let number = self.text.parse::<f64>().ok().filter(|n| n.is_finite());
        if number.is_none() {
            let words = if self.text.is_empty() {
                Words::new(
                    msg("problem-csv-number-empty"),
                    [("column", self.name.into())],
                )
            } else {
                Words::new(
                    msg("problem-csv-not-a-number"),
                    [("column", self.name.into()), ("text", self.text.into())],
                )
            };
            notes.error(self.at(), words);
        }
        number
    }
}
