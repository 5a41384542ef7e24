//! A FlowmapBlue-style pair of CSV files: locations (`id,name,lat,lon`) and flows between them
//! (`origin,dest,count[,time]`).

mod flows;
mod table;

use std::collections::HashMap;

use self::flows::FlowReader;
use self::table::{Cell, Table};
use super::{ImportFailure, Imported, Notes, Where, empty_route, file_source, file_stem};
use crate::i18n::{msg, quoted_number};
use crate::io::Words;
use crate::model::{Node, NodeKind};

/// Which CSV of a FlowmapBlue pair a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvRole {
    /// `id,name,lat,lon`: the places.
    Locations,
    /// `origin,dest,count[,time]`: the flows between places.
    Flows,
}

/// Column names accepted for each field, compared without regard to case.
const ID: &[&str] = &["id"];
const NAME: &[&str] = &["name", "title", "label"];
const LAT: &[&str] = &["lat", "latitude"];
const LON: &[&str] = &["lon", "lng", "long", "longitude"];
pub(super) const ORIGIN: &[&str] = &["origin", "from", "source"];
pub(super) const DEST: &[&str] = &["dest", "destination", "to", "target"];
pub(super) const COUNT: &[&str] = &["count", "value", "flow", "amount"];
pub(super) const TIME: &[&str] = &["time", "date", "year"];
pub(super) const MODE: &[&str] = &["mode"];

/// The year flows are shown under when the file has no time column.
pub(super) const UNDATED_YEAR: i32 = 2000;

/// Source ids of the two files.
const LOCATIONS_SOURCE: &str = "import-locations";
pub(super) const FLOWS_SOURCE: &str = "import-flows";

/// Wrong location ids that get a "did you mean": each suggestion compares against every location.
const SUGGESTIONS: usize = 50;

/// Which CSV of a FlowmapBlue pair this is, from its header row: Locations, Flows, or None.
pub fn csv_role(text: &str) -> Option<CsvRole> {
    let table = Table::read(text, &mut Notes::default())?;
    if [ORIGIN, DEST, COUNT]
        .iter()
        .all(|n| table.column(n).is_some())
    {
        Some(CsvRole::Flows)
    } else if [ID, LAT, LON].iter().all(|n| table.column(n).is_some()) {
        Some(CsvRole::Locations)
    } else {
        None
    }
}

/// Imports a locations file and a flows file; each `*_file` names its text in problems.
///
/// Locations become nodes of kind place; a missing or empty name is replaced by the id. Each
/// flow row becomes a value in one layer named after the flows file, along a straight link
/// between the two locations: one link per pair and mode, used both ways, of the mode in a `mode`
/// column, else road. The year is that of the `time` column (a year, or a date such as
/// 2024-05-01); rows for the same origin, destination and year are added up. Without a time
/// column every flow is shown under the year 2000 and the layer is described as undated.
/// Columns may come in any order and extra columns are ignored; the separator may be a comma,
/// a semicolon or a tab.
pub fn flowmap_csv(
    locations: &str,
    locations_file: &str,
    flows: &str,
    flows_file: &str,
) -> Result<Imported, ImportFailure> {
    let mut location_notes = Notes::default();
    let mut flow_notes = Notes::default();
    let mut route = empty_route(flows_file, &file_stem(flows_file));
    route.sources = vec![
        file_source(LOCATIONS_SOURCE, locations_file),
        file_source(FLOWS_SOURCE, flows_file),
    ];
    let known = match Table::read(locations, &mut location_notes) {
        Some(table) => read_locations(&table, &mut route.nodes, &mut location_notes),
        None => HashMap::new(),
    };
    if let Some(table) = Table::read(flows, &mut flow_notes) {
        let mut reader = FlowReader {
            known: &known,
            nodes: &route.nodes,
            suggestions_left: SUGGESTIONS,
        };
        let (links, layer) = reader.read(&table, flows_file, &mut flow_notes);
        route.links = links;
        route.layers = layer.into_iter().collect();
    }
    if route.nodes.is_empty() && !location_notes.has_errors() {
        location_notes.error(Where::File, Words::new(msg("problem-csv-no-locations"), []));
    }
    let failed = location_notes.has_errors() || flow_notes.has_errors();
    let (mut problems, mut warnings) =
        location_notes.into_problems(locations_file, locations, &mut |_| None);
    let (flow_problems, flow_warnings) = flow_notes.into_problems(flows_file, flows, &mut |_| None);
    problems.extend(flow_problems);
    warnings.extend(flow_warnings);
    if failed {
        Err(ImportFailure { problems, warnings })
    } else {
        Ok(Imported { route, warnings })
    }
}

/// Reads the locations into `nodes`; returns each id's node index and line.
fn read_locations(
    table: &Table<'_>,
    nodes: &mut Vec<Node>,
    notes: &mut Notes,
) -> HashMap<String, (usize, usize)> {
    let needed = "id, name, lat and lon";
    let id_column = table.required(ID, needed, notes);
    let lat_column = table.required(LAT, needed, notes);
    let lon_column = table.required(LON, needed, notes);
    let name_column = table.column(NAME);
    let mut known = HashMap::new();
    let (Some(id_column), Some(lat_column), Some(lon_column)) = (id_column, lat_column, lon_column)
    else {
        return known;
    };
    if name_column.is_none() {
        notes.warn(
            table.header_cell(),
            Words::new(msg("problem-csv-no-name-column"), []),
        );
    }
    let mut rows = table.rows();
    while let Some((line, record)) = rows.next(notes) {
        let cell = |column| Cell::of(table, line, record, column);
        let id_cell = cell(id_column);
        let id = id_cell.text;
        if id.is_empty() {
            notes.error(id_cell.at(), Words::new(msg("problem-csv-empty-id"), []));
            continue;
        }
        if let Some((_, first_line)) = known.get(id) {
            notes.error(
                id_cell.at(),
                Words::new(
                    msg("problem-csv-duplicate-id"),
                    [("id", id.into()), ("line", first_line.to_string().into())],
                ),
            );
            continue;
        }
        known.insert(id.to_string(), (nodes.len(), line));
        let lat = coordinate(&cell(lat_column), 90.0, "latitude", notes);
        let lon = coordinate(&cell(lon_column), 180.0, "longitude", notes);
        let name = match name_column.map(cell) {
            Some(name_cell) if name_cell.text.is_empty() => {
                notes.warn(
                    name_cell.at(),
                    Words::new(msg("problem-csv-location-no-name"), [("id", id.into())]),
                );
                id
            }
            Some(name_cell) => name_cell.text,
            None => id,
        };
        nodes.push(Node {
            id: id.to_string(),
            name: name.into(),
            local_name: String::new(),
            kind: NodeKind::Place,
            country: String::new(),
            lat: lat.unwrap_or_default(),
            lon: lon.unwrap_or_default(),
            description: Default::default(),
        });
    }
    known
}

/// A latitude or longitude within `limit` degrees of zero.
fn coordinate(cell: &Cell<'_>, limit: f64, what: &str, notes: &mut Notes) -> Option<f64> {
    let value = cell.number(notes)?;
    if value.abs() > limit {
        let id = if what != "latitude" {
            msg("problem-csv-longitude-off-globe")
        } else if value.abs() <= 180.0 {
            msg("problem-csv-latitude-off-globe-swapped")
        } else {
            msg("problem-csv-latitude-off-globe")
        };
        // The value as text, written as the file has it.
        notes.error(
            cell.at(),
            Words::new(id, [("value", quoted_number(value).into())]),
        );
        return None;
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LinkMode;

    const LOCATIONS: &str = "\
Name,Lat,Lng,ID,population
Aktau,43.6,51.2,aktau,180000
Alat,39.93,49.42,alat,
Baku,40.4,49.87,baku,2300000
";

    const FLOWS: &str = "\
origin,dest,count,time
aktau,alat,100,2023-03-01
aktau,alat,50,2023-09-01
alat,aktau,30,2023
aktau,baku,7.5,2024-01-15T08:00
";

    fn passes_checker(imported: &Imported) {
        let json = serde_json::to_string(&imported.route).expect("serialises");
        if let Err(e) = crate::io::parse_route(&json, "x") {
            panic!("the checker refuses the import: {:?}", e.problems());
        }
    }

    #[test]
    fn a_pair_becomes_nodes_links_and_yearly_values() {
        let imported =
            flowmap_csv(LOCATIONS, "in/locations.csv", FLOWS, "in/trade.csv").expect("imports");
        let route = &imported.route;
        let nodes: Vec<_> = route.nodes.iter().map(|n| (&*n.id, &*n.name)).collect();
        assert_eq!(
            nodes,
            [("aktau", "Aktau"), ("alat", "Alat"), ("baku", "Baku")]
        );
        assert_eq!((route.nodes[0].lat, route.nodes[0].lon), (43.6, 51.2));
        let links: Vec<_> = route
            .links
            .iter()
            .map(|l| (&*l.from, &*l.to, l.mode))
            .collect();
        assert_eq!(
            links,
            [
                ("aktau", "alat", LinkMode::Road),
                ("aktau", "baku", LinkMode::Road)
            ],
            "one link per pair, used both ways"
        );
        let layer = &route.layers[0];
        assert_eq!(layer.name, "trade");
        let values: Vec<_> = layer
            .values
            .iter()
            .map(|v| (&*v.from, &*v.to, v.year, v.value))
            .collect();
        assert_eq!(
            values,
            [
                ("aktau", "alat", Some(2023), Some(150.0)),
                ("alat", "aktau", Some(2023), Some(30.0)),
                ("aktau", "baku", Some(2024), Some(7.5))
            ]
        );
        assert_eq!(route.title, "trade");
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        passes_checker(&imported);
    }

    #[test]
    fn broken_rows_are_located_errors_in_their_file() {
        let locations = "id,name,lat,lon\naktau,Aktau,43.6,51.2\nalat,Alat,139.9,49.4\naktau,Again,1,1\nbaku,,40.4,x\n";
        let flows = "origin,dest,count\naktau,alatt,5\nalat,aktau,-2\naktau,alat,many\n";
        let failure =
            flowmap_csv(locations, "locations.csv", flows, "flows.csv").expect_err("fails");
        let found: Vec<_> = failure
            .problems
            .iter()
            .map(|p| (p.file.as_str(), p.line, p.column, p.path.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("locations.csv", 3, 3, "row 3, column lat"),
                ("locations.csv", 4, 1, "row 4, column id"),
                ("locations.csv", 5, 4, "row 5, column lon"),
                ("flows.csv", 2, 2, "row 2, column dest"),
                ("flows.csv", 3, 3, "row 3, column count"),
                ("flows.csv", 4, 3, "row 4, column count")
            ]
        );
        let message = |i: usize| failure.problems[i].message.as_str();
        assert!(message(0).contains("off the globe"), "{}", message(0));
        assert!(
            message(1).contains("already used on line 2"),
            "{}",
            message(1)
        );
        assert!(message(3).contains("did you mean 'alat'"), "{}", message(3));
        assert!(message(4).contains("negative"), "{}", message(4));
        assert!(message(5).contains("not a number"), "{}", message(5));
        let warning = &failure.warnings[0];
        assert_eq!((warning.line, warning.column), (5, 2));
        assert!(warning.message.contains("no name"), "{}", warning.message);
    }

    /// Where each problem of a pair is, as (file, line, column).
    fn places(locations: &str, flows: &str) -> Vec<(String, usize, usize)> {
        let failure =
            flowmap_csv(locations, "locations.csv", flows, "flows.csv").expect_err("fails");
        failure
            .problems
            .iter()
            .chain(&failure.warnings)
            .map(|p| (p.file.clone(), p.line, p.column))
            .collect()
    }

    #[test]
    fn rows_keep_their_lines_with_every_line_ending() {
        // Empty lines, a quoted field over two lines and a byte order mark, so that every way a
        // row can be passed over or stretched is counted.
        let locations = "\u{feff}id,name,lat,lon\n\naktau,\"Aktau\nport\",43.6,51.2\nalat,Alat,139.9,49.4\n\n\nbaku,,40.4,x\n";
        let flows = "origin,dest,count\n\naktau,alatt,5\nalat,aktau,-2\n\naktau,alat,many";
        let unix = places(locations, flows);
        assert_eq!(
            unix,
            [
                ("locations.csv".to_string(), 5, 3),
                ("locations.csv".to_string(), 8, 4),
                ("flows.csv".to_string(), 3, 2),
                ("flows.csv".to_string(), 4, 3),
                ("flows.csv".to_string(), 6, 3),
                ("locations.csv".to_string(), 8, 2),
                ("flows.csv".to_string(), 1, 1),
            ],
            "the lines of the rows as a text editor numbers them"
        );
        for ending in ["\r\n", "\r"] {
            let (l, f) = (locations.replace('\n', ending), flows.replace('\n', ending));
            assert_eq!(places(&l, &f), unix, "with {ending:?} line endings");
        }
    }

    #[test]
    fn a_sum_past_the_largest_number_is_an_error_at_the_rows_that_overflow() {
        let locations = "id,name,lat,lon\na,A,40,50\nb,B,41,51\n";
        let flows = "origin,dest,count,time\na,b,1e308,2020\na,b,1e308,2020\nb,a,1e308,2020\na,b,1e308,2020\na,b,1e308,2021\n";
        let failure = flowmap_csv(locations, "l.csv", flows, "f.csv").expect_err("overflows");
        let found: Vec<_> = failure
            .problems
            .iter()
            .map(|p| (p.line, p.column, p.message.as_str()))
            .collect();
        let message = "adding 1e+308 to the 1e+308 already counted from 'a' to 'b' for the same year goes past the largest number a flow can hold";
        assert_eq!(found.len(), 2, "{found:#?}");
        for ((line, column, said), expected_line) in found.into_iter().zip([3, 5]) {
            assert_eq!((line, column), (expected_line, 3));
            assert!(said.starts_with(message), "{said}");
        }
        let infinite = flowmap_csv(
            locations,
            "l.csv",
            "origin,dest,count\na,b,1e999\n",
            "f.csv",
        )
        .expect_err("too large");
        assert_eq!(infinite.problems[0].line, 2);
        assert!(
            infinite.problems[0].message.contains("count is too large"),
            "{}",
            infinite.problems[0].message
        );
    }

    #[test]
    fn missing_columns_are_named() {
        let failure = flowmap_csv("id,name,lat\na,A,1\n", "l.csv", "origin,count\n", "f.csv")
            .expect_err("columns missing");
        let messages: Vec<_> = failure.problems.iter().map(|p| &*p.message).collect();
        assert!(messages[0].contains("no 'lon' column"), "{messages:?}");
        assert!(messages[1].contains("no 'dest' column"), "{messages:?}");
        assert_eq!(failure.problems[1].file, "f.csv");
        assert_eq!(failure.problems[1].line, 1);
    }

    #[test]
    fn without_a_time_column_flows_are_undated() {
        let flows = "origin;dest;count;mode\naktau;baku;3;sea\n";
        let imported = flowmap_csv(LOCATIONS, "l.csv", flows, "f.csv").expect("imports");
        let layer = &imported.route.layers[0];
        assert_eq!(layer.values[0].year, Some(UNDATED_YEAR));
        assert!(layer.description.contains("Undated"));
        assert_eq!(imported.route.links[0].mode, LinkMode::SeaFerry);
        assert!(imported.warnings[0].message.contains("no 'time' column"));
        passes_checker(&imported);
    }

    #[test]
    fn roles_come_from_the_header() {
        assert_eq!(csv_role(LOCATIONS), Some(CsvRole::Locations));
        assert_eq!(
            csv_role("\u{feff}Latitude\tLongitude\tid\n1\t2\ta\n"),
            Some(CsvRole::Locations)
        );
        assert_eq!(csv_role(FLOWS), Some(CsvRole::Flows));
        assert_eq!(csv_role("Origin;Dest;Count\n"), Some(CsvRole::Flows));
        assert_eq!(csv_role("a,b,c\n1,2,3\n"), None);
        assert_eq!(csv_role(""), None);
    }

    /// Every problem and warning of a pair, in English and in Russian; the English as the
    /// problems keep it.
    fn said(locations: &str, flows: &str) -> Vec<(String, String)> {
        use crate::i18n::Tr;
        let (problems, warnings) = match flowmap_csv(locations, "l.csv", flows, "f.csv") {
            Ok(imported) => (Vec::new(), imported.warnings),
            Err(failure) => (failure.problems, failure.warnings),
        };
        problems
            .iter()
            .chain(&warnings)
            .map(|p| {
                assert_eq!(p.message_in(&Tr::new("en")), p.message);
                (p.message.clone(), p.message_in(&Tr::new("ru")))
            })
            .collect()
    }

    fn pair(english: &str, russian: &str) -> (String, String) {
        (english.to_string(), russian.to_string())
    }

    #[test]
    fn csv_problems_read_in_russian_and_as_before_in_english() {
        let locations = "id,lat,lon\naktau,43.6,51.2\naktau,1,1\n,1,1\nalat,95,49.42\nbaku,40.4,x\nkars,40.6,\nvan,38.5,200\n";
        let flows = "origin,dest,count\naktua,aktau,1\nnowhere,aktau,-2\n,aktau,x\naktau,aktau,3\n";
        let all = said(locations, flows);
        for expected in [
            pair(
                "there is no 'name' column; the ids are shown as names",
                "Нет столбца «name», поэтому вместо названий мест показаны их id.",
            ),
            pair(
                "id 'aktau' is already used on line 2; each location needs its own id",
                "Id «aktau» уже занят в строке 2. У каждого места должен быть свой id.",
            ),
            pair(
                "the id is empty; give each location a short unique id",
                "Пустой id. Дайте каждому месту короткий неповторяющийся id.",
            ),
            pair(
                "latitude 95 is off the globe; it must lie between -90 and 90; are the lat and lon columns swapped?",
                "Широта 95 вне диапазона от -90 до 90 градусов. Не перепутаны ли столбцы lat и lon?",
            ),
            pair(
                "lon must be a number such as 43.6; found 'x'",
                "В столбце «lon» должно быть число, например 43.6, а здесь «x».",
            ),
            pair(
                "lon must be a number such as 43.6; it is empty",
                "В столбце «lon» должно быть число, например 43.6, а ячейка пуста.",
            ),
            pair(
                "longitude 200 is off the globe; it must lie between -180 and 180",
                "Долгота 200 вне диапазона от -180 до 180 градусов.",
            ),
            pair(
                "origin 'aktua' is not an id in the locations file; did you mean 'aktau'?",
                "origin: «aktua» — такого id нет в файле мест. Может быть, «aktau»?",
            ),
            pair(
                "origin 'nowhere' is not an id in the locations file; add it there or correct the id",
                "origin: «nowhere» — такого id нет в файле мест. Добавьте его туда или исправьте id.",
            ),
            pair(
                "count -2 is negative; flows are amounts of zero or more",
                "count: значение -2 отрицательное, а поток может быть только нулём или больше.",
            ),
            pair(
                "origin is empty; give a location id",
                "Столбец «origin» пуст. Укажите id места.",
            ),
            pair(
                "count 'x' is not a number; give the flow as a plain number such as 120",
                "count: «x» — не число. Укажите поток обычным числом, например 120.",
            ),
            pair(
                "there is no 'time' column, so the flows have no year; they are all shown under the year 2000 in a layer described as undated. Add a 'time' column with a year or a date such as 2024-05-01 to place them in time",
                "Нет столбца «time», поэтому у потоков нет года: все они отнесены к 2000 году и показаны в слое с пометкой «без даты». Чтобы расположить потоки во времени, добавьте столбец «time» с годом или датой, например 2024-05-01.",
            ),
            pair(
                "a flow from a location to itself cannot be drawn as a line; it is left out",
                "Поток из места в то же самое место нельзя нарисовать линией, он пропущен.",
            ),
        ] {
            assert!(all.contains(&expected), "{expected:?} not in {all:#?}");
        }
        let dated = said(
            "id,name,lat,lon\naktau,,43.6,51.2\nalat,Alat,39.93,49.42\n",
            "origin,dest,count,time\naktau,alat,1,3000\naktau,alat,1,soon\n",
        );
        for expected in [
            pair(
                "location 'aktau' has no name; its id is shown as its name",
                "У места «aktau» нет названия, вместо него показан id.",
            ),
            pair(
                "year 3000 is out of range; use a year from 1800 to 2200",
                "Год 3000 вне допустимого диапазона: укажите год от 1800 до 2200.",
            ),
            pair(
                "time 'soon' is not a year or a date; write it as 2024 or 2024-05-01",
                "time: «soon» — не год и не дата. Запишите как 2024 или 2024-05-01.",
            ),
        ] {
            assert!(dated.contains(&expected), "{expected:?} not in {dated:#?}");
        }
        assert_eq!(
            said("id,name,lat,lon\n", "origin,dest,count\n")[..1],
            [pair(
                "the locations file lists no locations; add rows of id, name, lat and lon",
                "В файле мест нет ни одного места. Добавьте строки с id, name, lat и lon.",
            )]
        );
        let modes = said(
            "id,name,lat,lon\naktau,Aktau,43.6,51.2\nalat,Alat,39.93,49.42\n",
            "origin,dest,count,time,mode\naktau,alat,1,2020,rial\n",
        );
        let (english, russian) = &modes[0];
        assert!(
            english.starts_with("mode 'rial' is not one of ")
                && english.ends_with("; did you mean 'rail'? The flow's link is imported as road."),
            "{english}"
        );
        assert!(
            russian.starts_with("mode: «rial» — недопустимое значение (допустимы ")
                && russian.ends_with("). Может быть, «rail»? Связь потока импортирована как road."),
            "{russian}"
        );
        // The CSV reader's errors cannot come from text already read as UTF-8, so the words
        // are checked alone.
        let unreadable = crate::io::Problem::worded(
            "l.csv",
            Words::new(
                msg("problem-csv-unreadable-row"),
                [("error", "found record with 2 fields".into())],
            ),
        );
        assert_eq!(
            unreadable.message,
            "this line cannot be read as CSV: found record with 2 fields"
        );
        assert_eq!(
            unreadable.message_in(&crate::i18n::Tr::new("ru")),
            "Эту строку не удаётся прочитать как CSV (found record with 2 fields)."
        );
    }
}
