//! The flows table of a FlowmapBlue pair: each row a value along a link between two locations.

use std::collections::{HashMap, HashSet};

use super::super::build::{DEFAULT_MODE, PALETTE};
use super::super::values::year_of;
use super::super::words::MODES;
use super::super::{Notes, file_stem, slug};
use super::table::{Cell, Table};
use super::{COUNT, DEST, FLOWS_SOURCE, MODE, ORIGIN, TIME, UNDATED_YEAR};
use crate::i18n::{msg, quoted_number};
use crate::io::Words;
use crate::io::YEARS;
use crate::model::{FlowLayer, FlowValue, Link, LinkMode, LinkStatus, Node, ValueKind};
use crate::suggest::closest;

pub(super) struct FlowReader<'a> {
    pub(super) known: &'a HashMap<String, (usize, usize)>,
    pub(super) nodes: &'a [Node],
    pub(super) suggestions_left: usize,
}

/// Links and values made from the flow rows so far.
#[derive(Default)]
struct Flows<'a> {
    nodes: &'a [Node],
    links: Vec<Link>,
    link_ids: HashSet<String>,
    link_of: HashMap<(usize, usize, LinkMode), usize>,
    /// The value of each origin, destination and year, by index: kept small, since a file of
    /// millions of rows may have millions of them.
    value_of: HashMap<(u32, u32, i32), u32>,
    values: Vec<FlowValue>,
}

/// A node's or a value's index, as the map of values keeps it: a file within the size limit
/// has far fewer than four billion of either.
fn narrow(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

impl Flows<'_> {
    /// Adds a row's count to its value, made along the link of its pair and mode. A count that
    /// would take the value past the largest number there is leaves it as it was, and gives
    /// back the value so far.
    fn add(&mut self, row: Row) -> Result<(), f64> {
        let pair = (row.origin.min(row.dest), row.origin.max(row.dest), row.mode);
        let link = match self.link_of.get(&pair) {
            Some(&link) => link,
            None => self.new_link(pair),
        };
        let key = (narrow(row.origin), narrow(row.dest), row.year);
        if let Some(value) = self
            .value_of
            .get(&key)
            .and_then(|&i| self.values.get_mut(i as usize))
        {
            let so_far = value.value.unwrap_or_default();
            let sum = so_far + row.count;
            if !sum.is_finite() {
                return Err(so_far);
            }
            value.value = Some(sum);
            return Ok(());
        }
        self.value_of.insert(key, narrow(self.values.len()));
        let value = FlowValue {
            from: self.id_of(row.origin),
            to: self.id_of(row.dest),
            links: self
                .links
                .get(link)
                .map(|l| l.id.clone())
                .into_iter()
                .collect(),
            year: Some(row.year),
            period: String::new(),
            value: Some(row.count),
            kind: ValueKind::Actual,
            source: FLOWS_SOURCE.to_string(),
            excerpt: String::new(),
            note: Default::default(),
            directed: None,
        };
        self.values.push(value);
        Ok(())
    }

    fn new_link(&mut self, pair: (usize, usize, LinkMode)) -> usize {
        let (a, b, mode) = pair;
        let base = format!("{}-{}", self.id_of(a), self.id_of(b));
        let mut id = base.clone();
        let mut suffix = 1;
        while self.link_ids.contains(&id) {
            suffix += 1;
            id = format!("{base}-{suffix}");
        }
        self.link_ids.insert(id.clone());
        self.links.push(Link {
            id,
            name: Default::default(),
            from: self.id_of(a),
            to: self.id_of(b),
            mode,
            status: LinkStatus::Operating,
            via: Vec::new(),
            description: Default::default(),
        });
        let index = self.links.len() - 1;
        self.link_of.insert(pair, index);
        index
    }

    fn id_of(&self, node: usize) -> String {
        self.nodes
            .get(node)
            .map(|n| n.id.clone())
            .unwrap_or_default()
    }
}

/// A checked flow row.
struct Row {
    origin: usize,
    dest: usize,
    count: f64,
    year: i32,
    mode: LinkMode,
}

impl FlowReader<'_> {
    /// The links and the layer of the flows; `None` for the layer when the columns are missing.
    pub(super) fn read(
        &mut self,
        table: &Table<'_>,
        flows_file: &str,
        notes: &mut Notes,
    ) -> (Vec<Link>, Option<FlowLayer>) {
        let needed = "origin, dest and count";
        let origin = table.required(ORIGIN, needed, notes);
        let dest = table.required(DEST, needed, notes);
        let count = table.required(COUNT, needed, notes);
        let (Some(origin), Some(dest), Some(count)) = (origin, dest, count) else {
            return (Vec::new(), None);
        };
        let time = table.column(TIME);
        let mode = table.column(MODE);
        if time.is_none() {
            notes.warn(
                table.header_cell(),
                Words::new(
                    msg("problem-csv-no-time-column"),
                    [("year", UNDATED_YEAR.to_string().into())],
                ),
            );
        }
        let mut flows = Flows {
            nodes: self.nodes,
            ..Flows::default()
        };
        let mut rows = table.rows();
        while let Some((line, record)) = rows.next(notes) {
            let cell = |column| Cell::of(table, line, record, column);
            let origin_cell = cell(origin);
            let origin = self.location(&origin_cell, notes);
            let dest_cell = cell(dest);
            let dest = self.location(&dest_cell, notes);
            let count_cell = cell(count);
            let count = flow_count(&count_cell, notes);
            let year = time.map_or(Some(UNDATED_YEAR), |c| flow_year(&cell(c), notes));
            let mode = mode.map_or(DEFAULT_MODE, |c| flow_mode(&cell(c), notes));
            let (Some(origin), Some(dest), Some(count), Some(year)) = (origin, dest, count, year)
            else {
                continue;
            };
            if origin == dest {
                notes.warn(
                    origin_cell.at(),
                    Words::new(msg("problem-csv-flow-to-itself"), []),
                );
                continue;
            }
            let row = Row {
                origin,
                dest,
                count,
                year,
                mode,
            };
            if let Err(so_far) = flows.add(row) {
                notes.error(
                    count_cell.at(),
                    Words::new(
                        msg("problem-csv-sum-too-large"),
                        [
                            ("value", quoted_number(count).into()),
                            ("sum", quoted_number(so_far).into()),
                            ("from", origin_cell.text.into()),
                            ("to", dest_cell.text.into()),
                        ],
                    ),
                );
            }
        }
        let name = file_stem(flows_file);
        let layer = FlowLayer {
            id: slug(&name, "flows"),
            name: name.into(),
            unit: Default::default(),
            color: PALETTE[0].to_string(),
            description: if time.is_none() {
                format!("Undated: the flows file has no time column; shown as {UNDATED_YEAR}.")
                    .into()
            } else {
                Default::default()
            },
            directed: true,
            modes: Vec::new(),
            values: flows.values,
        };
        (flows.links, Some(layer))
    }

    /// The node index of the location a cell names.
    fn location(&mut self, cell: &Cell<'_>, notes: &mut Notes) -> Option<usize> {
        if let Some((index, _)) = self.known.get(cell.text) {
            return Some(*index);
        }
        let hint = if self.suggestions_left > 0 {
            self.suggestions_left -= 1;
            closest(cell.text, self.known.keys().map(String::as_str))
        } else {
            None
        };
        let words = match hint {
            _ if cell.text.is_empty() => Words::new(
                msg("problem-csv-location-empty"),
                [("column", cell.name.into())],
            ),
            Some(near) => Words::new(
                msg("problem-csv-unknown-location-suggested"),
                [
                    ("column", cell.name.into()),
                    ("id", cell.text.into()),
                    ("suggestion", near.into()),
                ],
            ),
            None => Words::new(
                msg("problem-csv-unknown-location"),
                [("column", cell.name.into()), ("id", cell.text.into())],
            ),
        };
        notes.error(cell.at(), words);
        None
    }
}

fn flow_count(cell: &Cell<'_>, notes: &mut Notes) -> Option<f64> {
    // "NaN" reads as a number, but is none.
    match cell.text.parse::<f64>().ok().filter(|n| !n.is_nan()) {
        Some(n) if n.is_infinite() => {
            notes.error(
                cell.at(),
                Words::new(
                    msg("problem-csv-count-too-large"),
                    [("column", cell.name.into())],
                ),
            );
            None
        }
        Some(n) if n < 0.0 => {
            notes.error(
                cell.at(),
                Words::new(
                    msg("problem-csv-negative-count"),
                    [
                        ("column", cell.name.into()),
                        ("value", quoted_number(n).into()),
                    ],
                ),
            );
            None
        }
        Some(n) => Some(n),
        None => {
            notes.error(
                cell.at(),
                Words::new(
                    msg("problem-csv-count-not-a-number"),
                    [("column", cell.name.into()), ("text", cell.text.into())],
                ),
            );
            None
        }
    }
}

fn flow_year(cell: &Cell<'_>, notes: &mut Notes) -> Option<i32> {
    match year_of(cell.text) {
        Some(year) if YEARS.contains(&year) => Some(year),
        Some(year) => {
            notes.error(
                cell.at(),
                Words::new(
                    msg("problem-year-out-of-range"),
                    [
                        ("year", year.to_string().into()),
                        ("first", YEARS.start().to_string().into()),
                        ("last", YEARS.end().to_string().into()),
                    ],
                ),
            );
            None
        }
        None => {
            notes.error(
                cell.at(),
                Words::new(
                    msg("problem-csv-not-a-year"),
                    [("column", cell.name.into()), ("text", cell.text.into())],
                ),
            );
            None
        }
    }
}

fn flow_mode(cell: &Cell<'_>, notes: &mut Notes) -> LinkMode {
    if cell.text.is_empty() {
        return DEFAULT_MODE;
    }
    MODES.read(cell.text).unwrap_or_else(|unknown| {
        notes.warn(
            cell.at(),
            unknown.words(
                msg("problem-csv-unknown-mode"),
                msg("problem-csv-unknown-mode-suggested"),
                [("default", MODES.name(DEFAULT_MODE).into())],
            ),
        );
        DEFAULT_MODE
    })
}
