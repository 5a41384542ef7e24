//! GPX, as GPS receivers and route planners write it: waypoints become places, routes and
//! tracks links. Read as a stream of XML events, as KML is, so every problem keeps the byte
//! offset of its element.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::build::build;
use super::feature::{Collected, Properties, Record, RecordAt, Shape, Slot};
use super::kml::{attribute, next_event, resolve};
use super::values::Raw;
use super::{ImportFailure, Imported, Notes, Where, empty_route, file_stem, finish};
use crate::i18n::msg;
use crate::io::Words;
use crate::model::LatLon;

/// Elements nested deeper than this are refused; GPX nests four levels, extensions a few more.
const MAX_DEPTH: usize = 64;

/// Imports the waypoints, routes and tracks of a GPX 1.0 or 1.1 file; `file` names it in
/// problems.
///
/// A waypoint (`wpt`) becomes a place; a route (`rte`) a link through its points; a track
/// (`trk`) a link through the points of all its segments, which are one journey with breaks in
/// the signal. Lines end at the waypoint within a kilometre, as in [`super::geojson()`], else at
/// a place made for the end. `name` and `desc` (or `cmt`) are read; the file's own name (in
/// `metadata`, or at the top in GPX 1.0) is the route's title.
pub fn gpx(text: &str, file: &str) -> Result<Imported, ImportFailure> {
    let mut notes = Notes::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut gpx = Gpx::default();
    gpx.read(text, &mut notes);
    let title = gpx.title.take().unwrap_or_else(|| file_stem(file));
    let route = build(gpx.collected, empty_route(file, &title), file, &mut notes);
    finish(route, notes, file, text, &mut |_| None)
}

/// What a GPX item is, for how it is imported and named in problems.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Waypoint,
    Route,
    Track,
}

impl Kind {
    fn of(local_name: &[u8]) -> Option<Kind> {
        match local_name {
            b"wpt" => Some(Kind::Waypoint),
            b"rte" => Some(Kind::Route),
            b"trk" => Some(Kind::Track),
            _ => None,
        }
    }
}

/// An item being read.
struct Item {
    kind: Kind,
    offset: usize,
    name: Option<String>,
    properties: Properties,
    /// Its points: the waypoint's own, or the route's or track's in order.
    points: Vec<LatLon>,
    /// Its comment, which describes it where it has no description.
    comment: Option<(String, usize)>,
    /// Whether a point of it was refused, so that the item is left out.
    broken: bool,
}

impl Item {
    fn label(&self) -> String {
        let kind = match self.kind {
            Kind::Waypoint => "Waypoint",
            Kind::Route => "Route",
            Kind::Track => "Track",
        };
        match &self.name {
            Some(name) => format!("{kind} '{name}'"),
            None => kind.to_string(),
        }
    }
}

#[derive(Default)]
struct Gpx {
    /// The local names of the open elements, innermost last, with where each starts.
    open: Vec<(Vec<u8>, usize)>,
    text: String,
    title: Option<String>,
    item: Option<Item>,
    collected: Collected,
}

impl Gpx {
    fn read(&mut self, text: &str, notes: &mut Notes) {
        let mut reader = Reader::from_str(text);
        loop {
            let Some((offset, event)) = next_event(&mut reader, notes, msg("problem-gpx-bad-xml"))
            else {
                return;
            };
            match event {
                Event::Start(element) => {
                    if !self.start(&element, offset, notes) {
                        return;
                    }
                }
                Event::Empty(element) => {
                    if !self.start(&element, offset, notes) {
                        return;
                    }
                    self.end(notes);
                }
                Event::End(_) => self.end(notes),
                Event::Text(content) => self.text.push_str(&String::from_utf8_lossy(&content)),
                Event::CData(content) => self.text.push_str(&String::from_utf8_lossy(&content)),
                Event::GeneralRef(reference) => self.text.push_str(&resolve(&reference)),
                Event::Eof => break,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
        if let Some((_, offset)) = self.open.last() {
            notes.error(
                Where::Offset {
                    offset: *offset,
                    path: String::new(),
                },
                Words::new(msg("problem-kml-ends-early"), []),
            );
        }
    }

    /// Opens an element; `false`, with an error, when nesting goes too deep to go on.
    fn start(&mut self, element: &BytesStart<'_>, offset: usize, notes: &mut Notes) -> bool {
        if self.open.len() >= MAX_DEPTH {
            notes.error(
                Where::Offset {
                    offset,
                    path: String::new(),
                },
                Words::new(msg("problem-gpx-too-deep"), [("depth", MAX_DEPTH.into())]),
            );
            return false;
        }
        let local_name = element.local_name().as_ref().to_vec();
        self.text.clear();
        let parent = self.open.last().map(|(name, _)| name.as_slice());
        match (Kind::of(&local_name), parent) {
            (Some(kind), Some(b"gpx")) => {
                self.item = Some(Item {
                    kind,
                    offset,
                    name: None,
                    properties: Properties::default(),
                    points: Vec::new(),
                    comment: None,
                    broken: false,
                });
                if kind == Kind::Waypoint {
                    self.point(element, offset, notes);
                }
            }
            _ if matches!(&*local_name, b"rtept" | b"trkpt") => {
                self.point(element, offset, notes);
            }
            _ => {}
        }
        self.open.push((local_name, offset));
        true
    }

    /// Reads the position of a waypoint, route point or track point into the item being read.
    fn point(&mut self, element: &BytesStart<'_>, offset: usize, notes: &mut Notes) {
        let Some(item) = &mut self.item else {
            return;
        };
        let element_name = String::from_utf8_lossy(element.local_name().as_ref()).into_owned();
        let at = Where::Offset {
            offset,
            path: item.label(),
        };
        let mut position = [0.0; 2];
        for (slot, key) in position.iter_mut().zip(["lat", "lon"]) {
            let Some(value) = attribute(element, key.as_bytes()) else {
                notes.error(
                    at.clone(),
                    Words::new(
                        msg("problem-gpx-position-missing"),
                        [
                            ("element", (&element_name).into()),
                            ("attribute", key.into()),
                        ],
                    ),
                );
                item.broken = true;
                return;
            };
            match value.trim().parse::<f64>() {
                Ok(number) if number.is_finite() => *slot = number,
                _ => {
                    notes.error(
                        at.clone(),
                        Words::new(
                            msg("problem-gpx-position-not-a-number"),
                            [("attribute", key.into()), ("value", value.into())],
                        ),
                    );
                    item.broken = true;
                    return;
                }
            }
        }
        let [lat, lon] = position;
        // Coordinates as text, written as the file has them.
        if !(-90.0..=90.0).contains(&lat) {
            notes.error(
                at,
                Words::new(
                    msg("problem-latitude-off-globe"),
                    [("lat", lat.to_string().into())],
                ),
            );
            item.broken = true;
        } else if !(-180.0..=180.0).contains(&lon) {
            notes.error(
                at,
                Words::new(
                    msg("problem-longitude-off-globe"),
                    [("lon", lon.to_string().into())],
                ),
            );
            item.broken = true;
        } else {
            item.points.push(LatLon { lat, lon });
        }
    }

    fn end(&mut self, notes: &mut Notes) {
        let Some((closed, closed_at)) = self.open.pop() else {
            return;
        };
        let parent = self.open.last().map(|(name, _)| name.as_slice());
        let text = std::mem::take(&mut self.text);
        match (&*closed, parent) {
            // GPX 1.1 names the file in its metadata, GPX 1.0 at the top.
            (b"name", Some(b"metadata" | b"gpx")) if self.title.is_none() => {
                self.title = Some(text.trim().to_string()).filter(|t| !t.is_empty());
            }
            (b"wpt" | b"rte" | b"trk", Some(b"gpx")) => self.end_item(notes),
            (b"name" | b"desc" | b"cmt", Some(b"wpt" | b"rte" | b"trk"))
                if self.open.len() == 2 =>
            {
                if let Some(item) = &mut self.item {
                    let value = text.trim().to_string();
                    match &*closed {
                        b"name" => {
                            item.properties
                                .set("name", Raw::Text(value.clone()), closed_at);
                            item.name = Some(value).filter(|n| !n.is_empty());
                        }
                        b"cmt" => item.comment = Some((value, closed_at)),
                        _ => item
                            .properties
                            .set("description", Raw::Text(value), closed_at),
                    }
                }
            }
            _ => {}
        }
    }

    fn end_item(&mut self, notes: &mut Notes) {
        let Some(mut item) = self.item.take() else {
            return;
        };
        if item.broken {
            return;
        }
        if let Some((comment, offset)) = item.comment.take()
            && item.properties.get(Slot::Description).is_none()
        {
            item.properties
                .set("description", Raw::Text(comment), offset);
        }
        let label = item.label();
        let shape = match item.kind {
            Kind::Waypoint => item.points.first().copied().map(Shape::Point),
            Kind::Route | Kind::Track if item.points.len() >= 2 => Some(Shape::Line(item.points)),
            Kind::Route | Kind::Track => {
                notes.warn(
                    Where::Offset {
                        offset: item.offset,
                        path: label.clone(),
                    },
                    Words::new(
                        msg("problem-gpx-line-too-short"),
                        [
                            ("item", (&label).into()),
                            ("count", item.points.len().into()),
                        ],
                    ),
                );
                None
            }
        };
        if let Some(shape) = shape {
            let record = Record {
                properties: item.properties,
                at: RecordAt::Xml {
                    offset: item.offset,
                    label,
                },
            };
            self.collected.add(record, vec![shape]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;

    /// A GPX 1.1 file as a GPS app exports it: two waypoints, a planned route between them, and
    /// a recorded track in two segments.
    const RIDE: &str = include_str!("../../../tests/data/caspian-ferry.gpx");

    #[test]
    fn waypoints_become_places_routes_and_tracks_links() {
        let imported = gpx(RIDE, "rides/caspian-ferry.gpx").expect("imports");
        let route = &imported.route;
        assert_eq!(route.title, "Aktau to Alat by ferry");
        let places: Vec<(&str, &str)> = route
            .nodes
            .iter()
            .map(|n| (n.id.as_str(), n.name.as_str()))
            .collect();
        assert_eq!(
            places,
            [
                ("node-1", "Aktau port"),
                ("node-2", "Alat port"),
                ("junction-1", "Baku bypass start"),
                ("junction-2", "Baku bypass end"),
            ]
        );
        assert_eq!(
            route.nodes[0].description,
            "Ferry terminal of the Aktau sea port"
        );
        let links: Vec<(&str, &str, &str, usize)> = route
            .links
            .iter()
            .map(|l| (l.name.as_str(), l.from.as_str(), l.to.as_str(), l.via.len()))
            .collect();
        assert_eq!(
            links,
            [
                ("Planned crossing", "node-1", "node-2", 1),
                ("Ferry crossing, 12 May", "node-1", "node-2", 4),
                ("Baku bypass", "junction-1", "junction-2", 1),
            ]
        );
        assert_eq!(route.links[2].description, "Recorded from the cab");
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        let json = serde_json::to_string(route).expect("serialises");
        crate::io::parse_route(&json, "x").expect("the checker takes the import");
    }

    #[test]
    fn a_gpx_1_0_file_is_named_at_its_top() {
        let text = r#"<?xml version="1.0"?>
<gpx version="1.0" creator="old logger" xmlns="http://www.topografix.com/GPX/1/0">
<name>Old log</name>
<wpt lat="43.6" lon="51.22"><name>Aktau</name></wpt>
</gpx>"#;
        let imported = gpx(text, "log.gpx").expect("imports");
        assert_eq!(imported.route.title, "Old log");
        assert_eq!(imported.route.nodes[0].name, "Aktau");
    }

    /// The first problem of a GPX file, in English and in Russian.
    fn first_problem(text: &str) -> (String, String, usize) {
        let problem = match gpx(text, "t.gpx") {
            Ok(imported) => imported.warnings[0].clone(),
            Err(failure) => failure.problems[0].clone(),
        };
        assert_eq!(problem.message_in(&Tr::new("en")), problem.message);
        (
            problem.message.clone(),
            problem.message_in(&Tr::new("ru")),
            problem.line,
        )
    }

    #[test]
    fn bad_points_are_errors_at_their_element() {
        let (english, russian, line) = first_problem(
            "<gpx>\n<trk><name>T</name><trkseg>\n<trkpt lat=\"43.6\" lon=\"51.2\"/>\n<trkpt lat=\"4x\" lon=\"51\"/>\n</trkseg></trk></gpx>",
        );
        assert_eq!(line, 4);
        assert_eq!(
            english,
            "lat is '4x', not a number; GPX gives positions as lat=\"43.6\" lon=\"51.22\", in degrees"
        );
        assert!(
            russian.starts_with("Значение lat «4x» — не число"),
            "{russian}"
        );

        let (english, _, _) = first_problem("<gpx><wpt lon=\"51\"><name>A</name></wpt></gpx>");
        assert_eq!(
            english,
            "<wpt> has no lat attribute; every GPX point needs lat and lon"
        );
        let (english, _, _) = first_problem("<gpx><wpt lat=\"95\" lon=\"51\"/></gpx>");
        assert!(
            english.starts_with("latitude 95 is off the globe"),
            "{english}"
        );
    }

    #[test]
    fn short_lines_are_skipped_with_a_warning() {
        let (english, russian, line) = first_problem(
            "<gpx>\n<wpt lat=\"43.6\" lon=\"51.22\"><name>Aktau</name></wpt>\n<rte><name>Stub</name><rtept lat=\"43.6\" lon=\"51.22\"/></rte></gpx>",
        );
        assert_eq!(line, 3);
        assert_eq!(
            english,
            "Route 'Stub' has 1 point, and a line needs at least two; it is skipped"
        );
        assert_eq!(
            russian,
            "В Route 'Stub' 1 точка, а линии нужно хотя бы две; она пропущена."
        );
    }

    #[test]
    fn malformed_and_empty_files_are_refused() {
        let (english, _, line) = first_problem("<gpx>\n<wpt lat=\"1\" lon=\"2\">\n</wpx></gpx>");
        assert_eq!(line, 3);
        assert!(
            english.starts_with("the file is not well-formed XML here")
                && english.contains("GPX must be valid XML"),
            "{english}"
        );
        let (english, _, _) = first_problem("<gpx version=\"1.1\"></gpx>");
        assert!(english.starts_with("found nothing to show"), "{english}");
    }
}
