//! A CSV text as a table: its header names and its rows, with where each cell is for messages.

use ::csv::{ReaderBuilder, StringRecord, Trim};

use super::super::{Notes, Where};
use crate::i18n::msg;
use crate::io::Words;

/// A CSV text as a table: its header names, lower-cased, and its rows, read one at a time so
/// that a file of millions of rows is never held twice.
pub(super) struct Table<'t> {
    pub(super) header: Vec<String>,
    /// The line the header row is on.
    header_line: usize,
    /// The text after any byte order mark.
    text: &'t str,
    delimiter: u8,
    /// Where the rows after the header start in `text`.
    rows_start: usize,
}

impl<'t> Table<'t> {
    /// The header row of `text`; `None`, with an error, when the text has none. The separator is
    /// the one of a comma, a semicolon or a tab that the first line has most of.
    pub(super) fn read(text: &'t str, notes: &mut Notes) -> Option<Table<'t>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let first_line = text.split(['\r', '\n']).next().unwrap_or_default();
        let delimiter = [b',', b';', b'\t']
            .into_iter()
            .max_by_key(|&d| first_line.bytes().filter(|&b| b == d).count())
            .unwrap_or(b',');
        let mut rows = Rows::new(text, delimiter, 0);
        let Some((header_line, header)) = rows.next(notes) else {
            notes.error(Where::File, Words::new(msg("problem-csv-empty"), []));
            return None;
        };
        let header = header.iter().map(str::to_lowercase).collect();
        let rows_start = rows.offset();
        Some(Table {
            header,
            header_line,
            text,
            delimiter,
            rows_start,
        })
    }

    /// The rows after the header, each with the line it starts on.
    pub(super) fn rows(&self) -> Rows<'t> {
        Rows::new(self.text, self.delimiter, self.rows_start)
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
            notes.error(self.header_cell(), words);
        }
        column
    }

    /// Where the header row is, for problems with the columns.
    pub(super) fn header_cell(&self) -> Where {
        Where::Cell {
            line: self.header_line,
            column: 1,
            path: "header".into(),
        }
    }
}

/// The rows of a CSV text from some point on, each with the line it starts on; rows with
/// nothing in them are passed over.
pub(super) struct Rows<'t> {
    reader: ::csv::Reader<&'t [u8]>,
    /// Where the reader started in the text: its positions count from here.
    start: usize,
    lines: Lines<'t>,
    record: StringRecord,
}

impl<'t> Rows<'t> {
    fn new(text: &'t str, delimiter: u8, start: usize) -> Rows<'t> {
        let rest = text.as_bytes().get(start..).unwrap_or_default();
        Rows {
            reader: ReaderBuilder::new()
                .delimiter(delimiter)
                .has_headers(false)
                .flexible(true)
                .trim(Trim::All)
                .from_reader(rest),
            start,
            lines: Lines::new(text.as_bytes()),
            record: StringRecord::new(),
        }
    }

    /// The next row with something in it and the line it starts on; a row the reader cannot
    /// read is an error in `notes`, and passed over.
    pub(super) fn next(&mut self, notes: &mut Notes) -> Option<(usize, &StringRecord)> {
        loop {
            match self.reader.read_record(&mut self.record) {
                Ok(false) => return None,
                Ok(true) if self.record.iter().all(str::is_empty) => {}
                Ok(true) => {
                    let line = self.line_of(byte(self.record.position()));
                    return Some((line, &self.record));
                }
                Err(error) => {
                    let line = self.line_of(byte(error.position()));
                    notes.error(
                        Where::Cell {
                            line,
                            column: 1,
                            path: String::new(),
                        },
                        Words::new(
                            msg("problem-csv-unreadable-row"),
                            [("error", error.to_string().into())],
                        ),
                    );
                    // An error that does not move the reader on would come back for ever.
                    error.position()?;
                }
            }
        }
    }

    /// Where in the text the reader has got to.
    fn offset(&self) -> usize {
        self.start
            .saturating_add(usize::try_from(self.reader.position().byte()).unwrap_or(usize::MAX))
    }

    /// The line a row starts on, from its position. The reader's own line count only counts
    /// `\n`, so it puts every row of a `\r\n` file one line early and every row of a `\r` file
    /// on line 1; the byte offset is right in each.
    fn line_of(&mut self, byte: u64) -> usize {
        let offset = self
            .start
            .saturating_add(usize::try_from(byte).unwrap_or(usize::MAX));
        self.lines.row_line(offset)
    }
}

/// The byte offset of a reader's position.
fn byte(position: Option<&::csv::Position>) -> u64 {
    position.map_or(0, ::csv::Position::byte)
}

/// Line numbers of the offsets where rows start, asked for in increasing order. A line ends at
/// `\n`, at `\r\n` (as Excel on Windows writes) or at a lone `\r` (as old Mac programs do).
struct Lines<'t> {
    bytes: &'t [u8],
    /// The offset counted up to, and the line it is on.
    at: usize,
    line: usize,
}

impl<'t> Lines<'t> {
    fn new(bytes: &'t [u8]) -> Lines<'t> {
        Lines {
            bytes,
            at: 0,
            line: 1,
        }
    }

    /// The line of the row that starts at `offset`. A row's offset may lie before the line
    /// breaks that end the row before it (the `\n` of a `\r\n`) and before the empty lines
    /// skipped, so the breaks right after it are passed over first.
    fn row_line(&mut self, offset: usize) -> usize {
        let mut start = offset.min(self.bytes.len());
        while matches!(self.bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start < self.at {
            (self.at, self.line) = (0, 1);
        }
        let after_cr = self
            .at
            .checked_sub(1)
            .and_then(|i| self.bytes.get(i))
            .is_some_and(|&b| b == b'\r');
        let passed = self.bytes.get(self.at..start).unwrap_or_default();
        self.line += line_breaks(passed, after_cr);
        self.at = start;
        self.line
    }
}

/// How many lines end in `bytes`; `after_cr` when the byte before them is a `\r`, so that a
/// `\n` first is the second half of a `\r\n`.
fn line_breaks(bytes: &[u8], after_cr: bool) -> usize {
    let mut count = 0;
    let mut previous_cr = after_cr;
    for &b in bytes {
        if b == b'\r' || (b == b'\n' && !previous_cr) {
            count += 1;
        }
        previous_cr = b == b'\r';
    }
    count
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
        table: &'r Table<'_>,
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
