//! KML placemarks, read as a stream of XML events so that nesting costs no stack and every
//! problem keeps the byte offset of its element.

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesRef, BytesStart, Event};

use super::build::build;
use super::feature::{Collected, Properties, Record, RecordAt, Shape};
use super::values::Raw;
use super::{ImportFailure, Imported, Notes, Where, empty_route, file_stem, finish};
use crate::i18n::msg;
use crate::io::Words;
use crate::model::LatLon;

/// Elements nested deeper than this are refused; real KML files nest a few folders at most.
const MAX_DEPTH: usize = 64;

/// Imports the placemarks of a KML file; `file` names it in problems.
///
/// Points become nodes, LineStrings links (ending at the point within a kilometre, as in
/// [`super::geojson()`]), Polygons areas; a MultiGeometry gives one of each of its parts.
/// `name`, `description` (as plain text, tags removed) and `ExtendedData` values named like the
/// GeoJSON properties (`kind`, `mode`, `status`, `value`, `year`, …) are read the same way. The
/// first Document's name is the route's title. Tracks, models, overlays and network links are
/// skipped with a warning.
pub fn kml(text: &str, file: &str) -> Result<Imported, ImportFailure> {
    let mut notes = Notes::default();
    if text.starts_with("PK") {
        notes.error(Where::File, Words::new(msg("problem-kml-zipped"), []));
        return finish(Default::default(), notes, file, text, &mut |_| None);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut kml = Kml::default();
    kml.read(text, &mut notes);
    let title = kml.title.take().unwrap_or_else(|| file_stem(file));
    let route = build(kml.collected, empty_route(file, &title), file, &mut notes);
    finish(route, notes, file, text, &mut |_| None)
}

/// The elements this importer reads; others are kept as [`Tag::Other`].
#[derive(Clone, Copy, Debug, PartialEq)]
enum Tag {
    Document,
    Placemark,
    Name,
    Description,
    Point,
    LineString,
    LinearRing,
    Polygon,
    OuterBoundary,
    InnerBoundary,
    Coordinates,
    Data,
    Value,
    SimpleData,
    Other,
}

impl Tag {
    fn of(local_name: &[u8]) -> Tag {
        match local_name {
            b"Document" => Tag::Document,
            b"Placemark" => Tag::Placemark,
            b"name" => Tag::Name,
            b"description" => Tag::Description,
            b"Point" => Tag::Point,
            b"LineString" => Tag::LineString,
            b"LinearRing" => Tag::LinearRing,
            b"Polygon" => Tag::Polygon,
            b"outerBoundaryIs" => Tag::OuterBoundary,
            b"innerBoundaryIs" => Tag::InnerBoundary,
            b"coordinates" => Tag::Coordinates,
            b"Data" => Tag::Data,
            b"value" => Tag::Value,
            b"SimpleData" => Tag::SimpleData,
            _ => Tag::Other,
        }
    }

    /// Whether the element's text is kept.
    fn holds_text(self) -> bool {
        matches!(
            self,
            Tag::Name | Tag::Description | Tag::Coordinates | Tag::Value | Tag::SimpleData
        )
    }
}

/// Elements that draw something this importer cannot, each with what to tell the user.
const UNSUPPORTED: &[(&[u8], &str)] = &[
    (b"Track", "track"),
    (b"MultiTrack", "track"),
    (b"Model", "model"),
    (b"GroundOverlay", "image-overlay"),
    (b"ScreenOverlay", "image-overlay"),
    (b"PhotoOverlay", "photo-overlay"),
    (b"NetworkLink", "network-link"),
];

/// An open element and where it starts.
struct Open {
    tag: Tag,
    offset: usize,
}

#[derive(Default)]
struct Kml {
    open: Vec<Open>,
    /// Text of the innermost open element that holds text.
    text: String,
    text_offset: usize,
    title: Option<String>,
    placemark: Option<Placemark>,
    collected: Collected,
}

/// A placemark being read.
#[derive(Default)]
struct Placemark {
    offset: usize,
    name: Option<String>,
    properties: Properties,
    shapes: Vec<Shape>,
    /// The rings of the polygon being read, outer ring first once it is met.
    polygon: Option<Polygon>,
    /// The name and offset of the `Data` element being read.
    data: Option<(String, usize)>,
    /// Whether something in it was reported, so that an empty result needs no second warning.
    reported: bool,
}

#[derive(Default)]
struct Polygon {
    outer: Option<Vec<LatLon>>,
    holes: Vec<Vec<LatLon>>,
    broken: bool,
}

impl Placemark {
    fn label(&self) -> String {
        match &self.name {
            Some(name) => format!("Placemark '{name}'"),
            None => "Placemark".to_string(),
        }
    }
}

impl Kml {
    fn read(&mut self, text: &str, notes: &mut Notes) {
        let mut reader = Reader::from_str(text);
        loop {
            let Some((offset, event)) = next_event(&mut reader, notes, msg("problem-kml-bad-xml"))
            else {
                return;
            };
            let more = match event {
                Event::Start(element) => self.start(&element, offset, notes),
                Event::Empty(element) => {
                    let more = self.start(&element, offset, notes);
                    self.end(notes);
                    more
                }
                Event::End(_) => {
                    self.end(notes);
                    true
                }
                Event::Text(content) => {
                    self.add_text(&String::from_utf8_lossy(&content), offset);
                    true
                }
                Event::CData(content) => {
                    self.add_text(&String::from_utf8_lossy(&content), offset);
                    true
                }
                Event::GeneralRef(reference) => {
                    self.add_text(&resolve(&reference), offset);
                    true
                }
                Event::Eof => break,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => true,
            };
            if !more {
                return;
            }
        }
        if let Some(open) = self.open.last() {
            notes.error(
                Where::Offset {
                    offset: open.offset,
                    path: String::new(),
                },
                Words::new(msg("problem-kml-ends-early"), []),
            );
        }
    }

    fn add_text(&mut self, text: &str, offset: usize) {
        if self.open.last().is_some_and(|o| o.tag.holds_text()) {
            if self.text.is_empty() {
                self.text_offset = offset;
            }
            self.text.push_str(text);
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
                Words::new(msg("problem-kml-too-deep"), [("depth", MAX_DEPTH.into())]),
            );
            return false;
        }
        let local_name = element.local_name();
        let tag = Tag::of(local_name.as_ref());
        self.open.push(Open { tag, offset });
        if tag.holds_text() {
            self.text.clear();
        }
        if let Some((_, why)) = UNSUPPORTED.iter().find(|(n, _)| *n == local_name.as_ref()) {
            let name = String::from_utf8_lossy(element.name().as_ref()).into_owned();
            let (id, path) = match &mut self.placemark {
                Some(placemark) => {
                    placemark.reported = true;
                    (
                        msg("problem-kml-unsupported-in-placemark"),
                        placemark.label(),
                    )
                }
                None => (msg("problem-kml-unsupported"), String::new()),
            };
            let words = Words::new(
                id,
                [
                    ("element", name.into()),
                    ("why", (*why).into()),
                    ("placemark", (&path).into()),
                ],
            );
            notes.warn(Where::Offset { offset, path }, words);
        }
        match tag {
            Tag::Placemark => {
                if self.placemark.is_none() {
                    self.placemark = Some(Placemark {
                        offset,
                        ..Placemark::default()
                    });
                }
                if let (Some(placemark), Some(id)) =
                    (&mut self.placemark, attribute(element, b"id"))
                {
                    placemark.properties.set_feature_id(Raw::Text(id), offset);
                }
            }
            Tag::Polygon => {
                if let Some(placemark) = &mut self.placemark {
                    placemark.polygon = Some(Polygon::default());
                }
            }
            Tag::Data | Tag::SimpleData => {
                if let (Some(placemark), Some(key)) =
                    (&mut self.placemark, attribute(element, b"name"))
                {
                    placemark.data = Some((key, offset));
                }
            }
            _ => {}
        }
        true
    }

    fn end(&mut self, notes: &mut Notes) {
        let Some(closed) = self.open.pop() else {
            return;
        };
        let parent = self.open.last().map(|o| o.tag);
        let text = if closed.tag.holds_text() {
            std::mem::take(&mut self.text)
        } else {
            String::new()
        };
        match (closed.tag, parent) {
            (Tag::Name, Some(Tag::Document)) if self.title.is_none() => {
                self.title = Some(text.trim().to_string()).filter(|t| !t.is_empty());
            }
            (Tag::Placemark, _) if self.open.iter().all(|o| o.tag != Tag::Placemark) => {
                self.end_placemark(notes);
            }
            (Tag::Polygon, _) => self.end_polygon(notes),
            _ => {}
        }
        let Some(placemark) = &mut self.placemark else {
            return;
        };
        match (closed.tag, parent) {
            (Tag::Name, Some(Tag::Placemark)) => {
                let name = text.trim().to_string();
                placemark
                    .properties
                    .set("name", Raw::Text(name.clone()), closed.offset);
                placemark.name = Some(name).filter(|n| !n.is_empty());
            }
            (Tag::Description, Some(Tag::Placemark)) => {
                placemark.properties.set(
                    "description",
                    Raw::Text(plain_text(&text)),
                    closed.offset,
                );
            }
            (Tag::Value, Some(Tag::Data)) | (Tag::SimpleData, _) => {
                if let Some((key, offset)) = placemark.data.take() {
                    placemark.properties.set(&key, Raw::Text(text), offset);
                }
            }
            (Tag::Coordinates, Some(geometry)) => {
                let grandparent = self.open.iter().rev().nth(1).map(|o| o.tag);
                let path = format!("{}, coordinates", placemark.label());
                let offset = self.text_offset.max(closed.offset);
                let points = coordinates(&text, offset, &path, notes);
                let at = Where::Offset { offset, path };
                placemark.reported |= points.is_none();
                let Some(points) = points else {
                    if let Some(polygon) = &mut placemark.polygon {
                        polygon.broken = true;
                    }
                    return;
                };
                placemark.add(geometry, grandparent, points, at, notes);
            }
            _ => {}
        }
    }

    fn end_polygon(&mut self, notes: &mut Notes) {
        let Some(placemark) = &mut self.placemark else {
            return;
        };
        let Some(polygon) = placemark.polygon.take() else {
            return;
        };
        match polygon.outer {
            Some(outer) if !polygon.broken => {
                let mut rings = vec![outer];
                rings.extend(polygon.holes);
                placemark.shapes.push(Shape::Area(vec![rings]));
            }
            Some(_) => {}
            None => {
                placemark.reported = true;
                notes.warn(
                    Where::Offset {
                        offset: placemark.offset,
                        path: placemark.label(),
                    },
                    Words::new(
                        msg("problem-kml-polygon-no-outer-ring"),
                        [("placemark", placemark.label().into())],
                    ),
                );
            }
        }
    }

    fn end_placemark(&mut self, notes: &mut Notes) {
        let Some(placemark) = self.placemark.take() else {
            return;
        };
        let label = placemark.label();
        if placemark.shapes.is_empty() {
            if !placemark.reported {
                notes.warn(
                    Where::Offset {
                        offset: placemark.offset,
                        path: label.clone(),
                    },
                    Words::new(
                        msg("problem-kml-placemark-no-geometry"),
                        [("placemark", (&label).into())],
                    ),
                );
            }
            return;
        }
        let record = Record {
            properties: placemark.properties,
            at: RecordAt::Xml {
                offset: placemark.offset,
                label,
            },
        };
        self.collected.add(record, placemark.shapes);
    }
}

impl Placemark {
    /// Files the points of a `coordinates` element under the geometry it belongs to.
    fn add(
        &mut self,
        geometry: Tag,
        grandparent: Option<Tag>,
        points: Vec<LatLon>,
        at: Where,
        notes: &mut Notes,
    ) {
        match geometry {
            Tag::Point => match points.first() {
                Some(&point) => self.shapes.push(Shape::Point(point)),
                None => {
                    self.reported = true;
                    notes.warn(at, Words::new(msg("problem-kml-point-no-coordinates"), []));
                }
            },
            Tag::LineString if points.len() >= 2 => self.shapes.push(Shape::Line(points)),
            Tag::LineString => {
                self.reported = true;
                notes.warn(
                    at,
                    Words::new(
                        msg("problem-kml-line-too-short"),
                        [("count", points.len().into())],
                    ),
                );
            }
            Tag::LinearRing => {
                let Some(polygon) = &mut self.polygon else {
                    return;
                };
                if points.len() < 3 {
                    self.reported = true;
                    notes.warn(
                        at,
                        Words::new(
                            msg("problem-kml-ring-too-short"),
                            [("count", points.len().into())],
                        ),
                    );
                    polygon.broken |= grandparent == Some(Tag::OuterBoundary);
                    return;
                }
                match grandparent {
                    Some(Tag::OuterBoundary) => polygon.outer = Some(points),
                    Some(Tag::InnerBoundary) => polygon.holes.push(points),
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

/// The value of an attribute, unescaped.
/// The next XML event with the offset it starts at; `None` after noting a malformed document
/// as `bad_xml` at the place the parser stopped, which ends the reading.
pub(super) fn next_event<'a>(
    reader: &mut Reader<&'a [u8]>,
    notes: &mut Notes,
    bad_xml: &'static str,
) -> Option<(usize, Event<'a>)> {
    let offset = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
    match reader.read_event() {
        Ok(event) => Some((offset, event)),
        Err(error) => {
            let at = usize::try_from(reader.error_position()).unwrap_or(usize::MAX);
            notes.error(
                Where::Offset {
                    offset: at,
                    path: String::new(),
                },
                Words::new(bad_xml, [("error", error.to_string().into())]),
            );
            None
        }
    }
}

pub(super) fn attribute(element: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| {
            let raw = String::from_utf8_lossy(&a.value).into_owned();
            quick_xml::escape::unescape(&raw)
                .map(|value| value.into_owned())
                .unwrap_or(raw)
        })
}

/// The text an entity or character reference stands for; unknown ones are kept as written.
pub(super) fn resolve(reference: &BytesRef<'_>) -> String {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return c.to_string();
    }
    let name = String::from_utf8_lossy(reference);
    match resolve_predefined_entity(&name) {
        Some(text) => text.to_string(),
        None => format!("&{name};"),
    }
}

/// Positions of a KML `coordinates` text: `lon,lat[,alt]` tuples separated by whitespace.
/// `None`, with an error for each bad tuple, if any is bad; `offset` is where the text starts.
fn coordinates(text: &str, offset: usize, path: &str, notes: &mut Notes) -> Option<Vec<LatLon>> {
    let mut points = Vec::new();
    let mut all_good = true;
    for tuple in text.split_ascii_whitespace() {
        let at = Where::Offset {
            offset: offset + (tuple.as_ptr() as usize).saturating_sub(text.as_ptr() as usize),
            path: path.to_string(),
        };
        let mut numbers = tuple.split(',').map(|n| n.trim().parse::<f64>().ok());
        let (Some(Some(lon)), Some(Some(lat))) = (numbers.next(), numbers.next()) else {
            notes.error(
                at,
                Words::new(msg("problem-kml-not-a-position"), [("tuple", tuple.into())]),
            );
            all_good = false;
            continue;
        };
        if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
            let id = if (-90.0..=90.0).contains(&lat) {
                msg("problem-kml-longitude-off-globe")
            } else {
                msg("problem-kml-latitude-off-globe")
            };
            // Coordinates as text, written as the file has them.
            notes.error(
                at,
                Words::new(
                    id,
                    [
                        ("tuple", tuple.into()),
                        ("lon", crate::i18n::quoted_number(lon).into()),
                        ("lat", crate::i18n::quoted_number(lat).into()),
                    ],
                ),
            );
            all_good = false;
            continue;
        }
        points.push(LatLon { lat, lon });
    }
    all_good.then_some(points)
}

/// Text with HTML tags removed, a few common entities replaced, and runs of spaces made one.
fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LinkMode, NodeKind};

    fn passes_checker(imported: &Imported) {
        let json = serde_json::to_string(&imported.route).expect("serialises");
        if let Err(e) = crate::io::parse_route(&json, "x") {
            panic!("the checker refuses the import: {:?}", e.problems());
        }
    }

    const CORRIDOR: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document>
  <name>Caspian &amp; beyond</name>
  <Folder>
    <name>Ports</name>
    <Folder>
      <Placemark id="aktau">
        <name>Aktau</name>
        <description><![CDATA[<p>Main <b>port</b> of Kazakhstan</p>]]></description>
        <ExtendedData>
          <Data name="kind"><value>port</value></Data>
          <Data name="country"><displayName>Country</displayName><value>Kazakhstan</value></Data>
        </ExtendedData>
        <Point><coordinates>51.2,43.6,0</coordinates></Point>
      </Placemark>
    </Folder>
    <Placemark>
      <name>Alat</name>
      <ExtendedData><SchemaData schemaUrl="schema.xml">
        <SimpleData name="kind">port</SimpleData>
      </SchemaData></ExtendedData>
      <Point><coordinates>49.42,39.93</coordinates></Point>
    </Placemark>
  </Folder>
  <Placemark>
    <name>Ferry</name>
    <ExtendedData>
      <Data name="mode"><value>sea_ferry</value></Data>
      <Data name="value"><value>4.5</value></Data>
      <Data name="year"><value>2024</value></Data>
    </ExtendedData>
    <MultiGeometry>
      <LineString><coordinates>
        51.204,43.601 50.5,42.0,-20
        49.421,39.931
      </coordinates></LineString>
      <Polygon>
        <outerBoundaryIs><LinearRing><coordinates>50,40 51,40 51,41 50,40</coordinates></LinearRing></outerBoundaryIs>
        <innerBoundaryIs><LinearRing><coordinates>50.2,40.2 50.4,40.2 50.3,40.4</coordinates></LinearRing></innerBoundaryIs>
      </Polygon>
    </MultiGeometry>
  </Placemark>
  <Placemark>
    <name>Drive</name>
    <gx:Track><when>2024-01-01</when></gx:Track>
  </Placemark>
</Document>
</kml>"#;

    #[test]
    fn placemarks_become_nodes_links_and_areas() {
        let imported = kml(CORRIDOR, "maps/corridor.kml").expect("imports");
        let route = &imported.route;
        assert_eq!(route.title, "Caspian & beyond");
        let nodes: Vec<_> = route
            .nodes
            .iter()
            .map(|n| (&*n.id, &*n.name, n.kind))
            .collect();
        assert_eq!(
            nodes,
            [
                ("aktau", "Aktau", NodeKind::Port),
                ("node-1", "Alat", NodeKind::Port)
            ]
        );
        assert_eq!(route.nodes[0].description, "Main port of Kazakhstan");
        assert_eq!(route.nodes[0].country, "Kazakhstan");
        let link = &route.links[0];
        assert_eq!((&*link.from, &*link.to), ("aktau", "node-1"));
        assert_eq!(link.mode, LinkMode::SeaFerry);
        assert_eq!(
            link.via,
            [LatLon {
                lat: 42.0,
                lon: 50.5
            }]
        );
        assert_eq!(route.layers[0].values[0].value, Some(4.5));
        assert_eq!(route.areas[0].polygons[0].len(), 2);
        assert_eq!(route.areas[0].name, "Ferry");

        assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
        let warning = &imported.warnings[0];
        assert!(
            warning.message.contains("<gx:Track>"),
            "{}",
            warning.message
        );
        assert!(warning.message.contains("'Drive'"), "{}", warning.message);
        assert_eq!(warning.line, 46);
        passes_checker(&imported);
    }

    #[test]
    fn bad_coordinates_are_errors_on_their_line() {
        let text = "<kml><Placemark><name>A</name><Point><coordinates>\n  51.2,43.6\n</coordinates></Point></Placemark>\n<Placemark><name>B</name><LineString><coordinates>1,2\n 3,x 5,6\n 7,95</coordinates></LineString></Placemark></kml>";
        let failure = kml(text, "k.kml").expect_err("fails");
        let found: Vec<_> = failure
            .problems
            .iter()
            .map(|p| (p.line, p.column, p.path.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (5, 2, "Placemark 'B', coordinates"),
                (6, 2, "Placemark 'B', coordinates")
            ]
        );
        assert!(failure.problems[1].message.contains("latitude 95"));
    }

    #[test]
    fn malformed_xml_is_located() {
        let text = "<kml>\n<Placemark>\n  <name>A</nam>\n</Placemark></kml>";
        let problem = &kml(text, "k.kml").expect_err("fails").problems[0];
        assert_eq!(problem.line, 3);
        assert!(
            problem.message.contains("not well-formed"),
            "{}",
            problem.message
        );

        let cut_short = "<kml>\n<Document>\n<Placemark><name>A</name>";
        let problem = &kml(cut_short, "k.kml").expect_err("fails").problems[0];
        assert_eq!(problem.line, 3);
        assert!(
            problem.message.contains("ends before"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn kmz_and_deep_folders_are_refused() {
        let problem = &kml("PK\u{3}\u{4}rest", "a.kmz")
            .expect_err("zipped")
            .problems[0];
        assert!(problem.message.contains("open it as a .kmz file"));

        let deep = format!(
            "<kml>{}<Placemark><Point><coordinates>1,2</coordinates></Point></Placemark>{}</kml>",
            "<Folder>".repeat(100_000),
            "</Folder>".repeat(100_000)
        );
        let problem = &kml(&deep, "k.kml").expect_err("too deep").problems[0];
        assert!(
            problem.message.contains("nested more than 64"),
            "{}",
            problem.message
        );
    }

    /// The first error of a KML file that fails, in English and in Russian; the English as the
    /// problem keeps it.
    fn first_error(text: &str) -> (String, String) {
        use crate::i18n::Tr;
        let failure = kml(text, "t.kml").expect_err("fails");
        let problem = &failure.problems[0];
        assert_eq!(problem.message_in(&Tr::new("en")), problem.message);
        (problem.message.clone(), problem.message_in(&Tr::new("ru")))
    }

    fn point(coordinates: &str) -> String {
        format!(
            "<kml><Placemark><name>A</name><Point><coordinates>{coordinates}</coordinates></Point></Placemark></kml>"
        )
    }

    #[test]
    fn kml_problems_read_in_russian_and_as_before_in_english() {
        assert_eq!(
            first_error(&point("251.22,43.6")),
            (
                "position '251.22,43.6' is off the globe: longitude 251.22 is not between -180 and 180; KML gives longitude first".to_string(),
                "Точка «251.22,43.6» лежит за пределами земного шара: долгота 251.22 должна быть от -180 до 180. В KML сначала идёт долгота.".to_string()
            )
        );
        assert_eq!(
            first_error(&point("51.2,-95")),
            (
                "position '51.2,-95' is off the globe: latitude -95 is not between -90 and 90; KML gives longitude first".to_string(),
                "Точка «51.2,-95» лежит за пределами земного шара: широта -95 должна быть от -90 до 90. В KML сначала идёт долгота.".to_string()
            )
        );
        assert_eq!(
            first_error(&point("51.2")).1,
            "«51.2» — не точка. Координаты в KML записываются как долгота,широта или долгота,широта,высота через пробел."
        );
        let (english, russian) = first_error("<kml><Placemark><Point></Placemark></kml>");
        assert!(
            english.starts_with("the file is not well-formed XML here: ")
                && english
                    .ends_with("; KML must be valid XML, so check the tags around this place"),
            "{english}"
        );
        assert!(
            russian.starts_with("Здесь нарушена запись XML (")
                && russian
                    .ends_with("). KML должен быть правильным XML: проверьте теги в этом месте."),
            "{russian}"
        );
        assert_eq!(
            first_error("<kml><Placemark>"),
            (
                "the file ends before this element is closed; is the file cut short?".to_string(),
                "Файл кончается раньше, чем закрыт этот элемент: не обрезан ли файл?".to_string()
            )
        );
        assert_eq!(
            first_error("PK\u{3}\u{4}"),
            (
                "this is a KMZ (zipped KML), not KML text; open it as a .kmz file and the KML in it is read".to_string(),
                "Это KMZ (сжатый KML), а не текст KML. Откройте его как файл .kmz — KML внутри него будет прочитан.".to_string()
            )
        );
        assert_eq!(
            first_error(&"<Folder>".repeat(MAX_DEPTH + 1)).1,
            "Здесь элементы вложены друг в друга глубже 64 уровней. Уменьшите вложенность папок и импортируйте файл снова."
        );
    }

    #[test]
    fn skipped_kml_parts_read_in_russian_and_as_before_in_english() {
        use crate::i18n::Tr;
        let text = r#"<kml><Document>
<NetworkLink/>
<Placemark><name>A</name><Point><coordinates>51.2,43.6</coordinates></Point></Placemark>
<Placemark><name>T</name><gx:Track/></Placemark>
<Placemark><name>P</name><Polygon><innerBoundaryIs><LinearRing><coordinates>50,40 51,40 51,41 50,40</coordinates></LinearRing></innerBoundaryIs></Polygon></Placemark>
<Placemark><name>E</name></Placemark>
<Placemark><LineString><coordinates>50,40</coordinates></LineString></Placemark>
<Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>50,40 51,40</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>"#;
        let imported = kml(text, "t.kml").expect("imports");
        let all: Vec<(String, String)> = imported
            .warnings
            .iter()
            .map(|p| {
                assert_eq!(p.message_in(&Tr::new("en")), p.message);
                (p.message.clone(), p.message_in(&Tr::new("ru")))
            })
            .collect();
        for (english, russian) in [
            (
                "<NetworkLink> is skipped: what it loads from elsewhere is not imported; open that file instead",
                "Элемент <NetworkLink> пропущен: то, что он загружает из другого места, не импортируется. Откройте тот файл.",
            ),
            (
                "<gx:Track> in Placemark 'T' is skipped: tracks are not imported",
                "Элемент <gx:Track> в Placemark 'T' пропущен: треки не импортируются.",
            ),
            (
                "a Polygon in Placemark 'P' has no outerBoundaryIs ring; it is skipped",
                "У многоугольника (Polygon) в Placemark 'P' нет внешнего контура outerBoundaryIs; он пропущен.",
            ),
            (
                "Placemark 'E' has no Point, LineString or Polygon to place on the map; it is skipped",
                "В Placemark 'E' нет ни Point, ни LineString, ни Polygon, которые можно показать на карте; метка пропущена.",
            ),
            (
                "a LineString needs at least two positions, found 1; it is skipped",
                "Линии (LineString) нужны хотя бы две точки, а здесь 1 точка; линия пропущена.",
            ),
            (
                "a ring has 2 positions, and a ring needs at least three; it is left out",
                "В контуре 2 точки, а контуру нужно хотя бы три; контур пропущен.",
            ),
        ] {
            let pair = (english.to_string(), russian.to_string());
            assert!(all.contains(&pair), "{pair:#?} not in {all:#?}");
        }
    }
}
