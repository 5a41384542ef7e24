//! The route as tables: its places, its links and its flow values, worded as the map words them.
//! This is what a screen reader user reads instead of the map, and what an analyst copies into a
//! spreadsheet, so it holds the same data the map shows, with the sources.

use std::cmp::Ordering;

use crate::flows::{Ways, path_length_km};
use crate::i18n::{Tr, msg};
use crate::map::names::country_name;
use crate::model::{FlowValue, Route};
use crate::text::describe;

/// Which of the route's tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub enum TableKind {
    Places,
    Links,
    Flows,
}

impl TableKind {
    /// The table's name, as its tab says it.
    pub fn title(self, tr: &Tr) -> String {
        tr.t(match self {
            TableKind::Places => msg("table-places"),
            TableKind::Links => msg("table-links"),
            TableKind::Flows => msg("table-flows"),
        })
    }
}

/// One cell: its words, and the number it sorts by where it is one.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub number: Option<f64>,
}

impl Cell {
    fn text(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            number: None,
        }
    }

    /// A number written in `tr`'s style, sorting by its value.
    fn number(tr: &Tr, value: f64, decimals: usize) -> Self {
        Cell {
            text: tr.number(value, decimals),
            number: Some(value),
        }
    }

    /// A year, written without grouping: "2023", never "2 023".
    /// A value's year as the sources give it: "2025 (Jan–Aug)" for part of a year, "no year
    /// given" where there is none, which sorts after every year.
    fn year(tr: &Tr, value: &FlowValue) -> Self {
        let Some(year) = value.year else {
            return Cell::text(tr.t("chart-no-year"));
        };
        let text = match crate::flows::part_of_year(value) {
            Some(period) => format!("{year} ({})", period.months_words(tr)),
            None => year.to_string(),
        };
        Cell {
            text,
            number: Some(f64::from(year)),
        }
    }

    fn order(&self, other: &Cell) -> Ordering {
        match (self.number, other.number) {
            (Some(a), Some(b)) => a.total_cmp(&b),
            // Numbers before blanks and words.
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => self.text.to_lowercase().cmp(&other.text.to_lowercase()),
        }
    }
}

/// A table: column headings and rows of cells, in the route's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The route's table of `kind`, in `tr`'s words.
    pub fn of(kind: TableKind, route: &Route, tr: &Tr) -> Table {
        match kind {
            TableKind::Places => places(route, tr),
            TableKind::Links => links(route, tr),
            TableKind::Flows => flows(route, tr),
        }
    }

    /// Row indexes sorted by `column`, ties kept in the route's order.
    pub fn sorted(&self, column: usize, descending: bool) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        let cell = |row: usize| self.rows.get(row).and_then(|r| r.get(column));
        order.sort_by(|&a, &b| {
            let by = match (cell(a), cell(b)) {
                (Some(x), Some(y)) => x.order(y),
                _ => Ordering::Equal,
            };
            if descending { by.reverse() } else { by }
        });
        order
    }

    /// The rows in `order` as CSV with a heading row, for a spreadsheet.
    pub fn to_csv(&self, order: &[usize]) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        // Writing to memory fails only if a row's length differs, which `of` never makes.
        let _ = writer.write_record(&self.columns);
        for row in order.iter().filter_map(|&i| self.rows.get(i)) {
            let _ = writer.write_record(row.iter().map(|c| c.text.as_str()));
        }
        let bytes = writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

fn headings(tr: &Tr, ids: &[&'static str]) -> Vec<String> {
    ids.iter().map(|&id| tr.t(id)).collect()
}

fn places(route: &Route, tr: &Tr) -> Table {
    let columns = headings(
        tr,
        &[
            msg("table-name"),
            msg("table-kind"),
            msg("table-country"),
            msg("table-latitude"),
            msg("table-longitude"),
            msg("table-quotes"),
            msg("table-figures"),
        ],
    );
    let rows = route
        .nodes
        .iter()
        .map(|node| {
            vec![
                Cell::text(node.name.as_str()),
                Cell::text(describe::node_kind(tr, node.kind)),
                Cell::text(country_name(&node.country, tr.language())),
                Cell::number(tr, node.lat, 3),
                Cell::number(tr, node.lon, 3),
                Cell::number(tr, route.quote_count_for(&node.id) as f64, 0),
                Cell::number(tr, route.figures_for(&node.id).count() as f64, 0),
            ]
        })
        .collect();
    Table { columns, rows }
}

fn links(route: &Route, tr: &Tr) -> Table {
    let columns = headings(
        tr,
        &[
            msg("table-name"),
            msg("table-mode"),
            msg("table-status"),
            msg("table-from"),
            msg("table-to"),
            msg("table-length-km"),
        ],
    );
    let ways = Ways::new(route);
    let place = |id: &str| {
        route
            .node_index(id)
            .and_then(|i| route.nodes.get(i))
            .map_or_else(|| id.to_owned(), |n| n.name.to_string())
    };
    let rows = route
        .links
        .iter()
        .map(|link| {
            let length = ways.link_path(link).map(|path| path_length_km(&path));
            vec![
                Cell::text(route.link_title(link)),
                Cell::text(describe::link_mode(tr, link.mode)),
                Cell::text(describe::link_status(tr, link.status)),
                Cell::text(place(&link.from)),
                Cell::text(place(&link.to)),
                length.map_or_else(|| Cell::text(""), |km| Cell::number(tr, km.round(), 0)),
            ]
        })
        .collect();
    Table { columns, rows }
}

fn flows(route: &Route, tr: &Tr) -> Table {
    let columns = headings(
        tr,
        &[
            msg("table-layer"),
            msg("table-from"),
            msg("table-to"),
            msg("table-year"),
            msg("table-amount"),
            msg("table-unit"),
            msg("table-value-kind"),
            msg("table-source"),
        ],
    );
    let place = |id: &str| {
        route
            .node_index(id)
            .and_then(|i| route.nodes.get(i))
            .map_or_else(|| id.to_owned(), |n| n.name.to_string())
    };
    let mut rows = Vec::new();
    for layer in &route.layers {
        for value in &layer.values {
            let source = route
                .source(&value.source)
                .map_or_else(|| value.source.clone(), |s| describe::source_line(tr, s));
            rows.push(vec![
                Cell::text(layer.name.as_str()),
                Cell::text(place(&value.from)),
                Cell::text(place(&value.to)),
                Cell::year(tr, value),
                value
                    .value
                    .map_or_else(|| Cell::text(""), |v| Cell::number(tr, v, 1)),
                Cell::text(layer.unit.as_str()),
                Cell::text(describe::value_kind(tr, value.kind)),
                Cell::text(source),
            ]);
        }
    }
    Table { columns, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::builtin_route;

    fn builtin() -> Route {
        builtin_route().expect("the built-in route loads").route
    }

    #[test]
    fn every_place_link_and_value_has_a_row_as_wide_as_the_headings() {
        let route = builtin();
        let tr = Tr::new("en");
        let values: usize = route.layers.iter().map(|l| l.values.len()).sum();
        for (kind, rows) in [
            (TableKind::Places, route.nodes.len()),
            (TableKind::Links, route.links.len()),
            (TableKind::Flows, values),
        ] {
            let table = Table::of(kind, &route, &tr);
            assert_eq!(table.rows.len(), rows, "{kind:?}");
            assert!(table.rows.iter().all(|r| r.len() == table.columns.len()));
        }
    }

    #[test]
    fn numbers_sort_as_numbers_and_words_as_words() {
        let route = builtin();
        let tr = Tr::new("en");
        let places = Table::of(TableKind::Places, &route, &tr);
        // By longitude, west to east: Ceyhan first, Dostyk last.
        let order = places.sorted(4, false);
        let name = |i: usize| places.rows[i][0].text.clone();
        assert_eq!(name(order[0]), "Ceyhan");
        assert_eq!(name(*order.last().expect("places")), "Dostyk");
        let descending = places.sorted(4, true);
        assert_eq!(name(descending[0]), "Dostyk");
        // Most quoted first: Aktau.
        assert_eq!(name(places.sorted(5, true)[0]), "Aktau");
        let by_name = places.sorted(0, false);
        assert_eq!(name(by_name[0]), "Aghband");
    }

    #[test]
    fn the_csv_has_the_headings_and_quotes_what_needs_quoting() {
        let table = Table {
            columns: vec!["Name".into(), "Amount".into()],
            rows: vec![
                vec![
                    Cell::text("Baku, Alat"),
                    Cell::number(&Tr::new("en"), 1500.0, 0),
                ],
                vec![Cell::text("Aktau"), Cell::number(&Tr::new("en"), 2.0, 0)],
            ],
        };
        assert_eq!(
            table.to_csv(&table.sorted(1, false)),
            "Name,Amount\nAktau,2\n\"Baku, Alat\",\"1,500\"\n"
        );
    }

    #[test]
    fn the_tables_speak_russian() {
        let route = builtin();
        let tr = Tr::new("ru");
        let mut route_ru = route.clone();
        route_ru.show_language("ru");
        let places = Table::of(TableKind::Places, &route_ru, &tr);
        assert_eq!(places.columns[0], "Название");
        assert!(
            places
                .rows
                .iter()
                .any(|r| r[0].text == "Актау" && r[2].text == "Казахстан")
        );
        // Russian numbers: a decimal comma.
        assert!(places.rows.iter().any(|r| r[3].text.contains(',')));
    }
}
