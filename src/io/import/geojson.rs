//! GeoJSON: a FeatureCollection, a lone Feature or a bare geometry.
//!
//! The text is read straight into small structs rather than a generic JSON tree, which keeps a
//! file of hundreds of thousands of features fast to read. Coordinates are read as whatever they
//! are and checked afterwards, so that every bad position is reported, not only the first.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::build::build;
use super::feature::{Collected, Properties, Record, RecordAt, Shape, join_path};
use super::values::Raw;
use super::{ImportFailure, Imported, Notes, Where, empty_route, file_stem, finish};
use crate::i18n::msg;
use crate::io::parse::serde_problem;
use crate::io::{Problem, Words, locate};
use crate::model::LatLon;

/// GeometryCollections nested deeper than this are refused; real files do not nest them at all.
const MAX_NESTING: usize = 32;

/// Imports a GeoJSON FeatureCollection, Feature or geometry; `file` names it in problems.
///
/// - Points (and each point of a MultiPoint) become nodes; LineStrings become links, one per part
///   of a MultiLineString; Polygons and MultiPolygons become areas. Other geometries are skipped
///   with a warning. Positions may have a third and fourth value, which are ignored.
/// - Properties, names compared without regard to case: `id` (else the feature's `id`, else
///   generated as `node-N`, `link-N`, `area-N`; repeats get a suffix and a warning), `name` (or
///   `title`, `label`), `country`, `description`.
/// - On points: `kind`, one of port, rail_junction, border_crossing, city, terminal, place
///   (the default).
/// - On lines: `mode`, one of rail, sea_ferry, pipeline, subsea_cable, road (the default, as most
///   lines in general GIS files are roads), power, with aliases such as "railway" or "ferry";
///   `status`, one of operating (the default), under_construction, planned; `from` and `to`,
///   node ids the line starts and ends at. Without them a line ends at the point within a
///   kilometre of its end, else at a junction node made for that spot. The positions between
///   become the link's `via`.
/// - A line's `value` (an amount of zero or more) and `year` become a flow value along it, in
///   the layer its `layer` names ("Imported flows" by default), with an optional `unit` and a
///   `kind` (or `value_kind`) of actual (the default), estimate or plan.
/// - On areas: `fill` or `color` as `#rrggbb`.
pub fn geojson(text: &str, file: &str) -> Result<Imported, ImportFailure> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let document = parse(text, file).map_err(|problem| ImportFailure {
        problems: vec![problem],
        warnings: Vec::new(),
    })?;
    let mut notes = Notes::default();
    let title = [&document.name, &document.title]
        .into_iter()
        .flatten()
        .find_map(Raw::text)
        .unwrap_or_else(|| file_stem(file));
    let mut collected = Collected::default();
    read_document(document, &mut collected, &mut notes);
    let route = build(collected, empty_route(file, &title), file, &mut notes);
    let mut locator = Locator {
        text,
        feature_starts: None,
    };
    finish(route, notes, file, text, &mut |path| locator.offset(path))
}

/// Reads the text into [`Document`]; the problem, located, when it is not GeoJSON.
fn parse(text: &str, file: &str) -> Result<Document, Problem> {
    let start = text.len() - text.trim_start().len();
    if !text.trim_start().starts_with('{') {
        let (line, column) = crate::io::line_column(text, start);
        let words = if start == text.len() {
            Words::new(msg("problem-geojson-empty"), [])
        } else {
            Words::new(msg("problem-geojson-not-an-object"), [])
        };
        return Err(Problem {
            line,
            column,
            ..Problem::worded(file, words)
        });
    }
    serde_json::from_str(text).map_err(|error| {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let path = serde_path_to_error::deserialize::<_, Document>(&mut deserializer)
            .err()
            .map(|e| e.path().to_string())
            .filter(|p| p != ".")
            .unwrap_or_default();
        let problem = if error.to_string().starts_with("recursion limit exceeded") {
            Problem::worded(file, Words::new(msg("problem-geojson-too-deep"), []))
        } else {
            serde_problem(file, &error)
        };
        Problem {
            line: error.line(),
            column: error.column(),
            path,
            ..problem
        }
    })
}

fn read_document(document: Document, collected: &mut Collected, notes: &mut Notes) {
    let kind = document
        .kind
        .as_ref()
        .and_then(Raw::text)
        .unwrap_or_default();
    match kind.as_str() {
        "FeatureCollection" => match document.features {
            Some(features) => {
                for (i, feature) in features.into_iter().enumerate() {
                    read_feature(feature, format!("features[{i}]"), collected, notes);
                }
            }
            None => notes.error(
                Where::Json(String::new()),
                Words::new(msg("problem-geojson-no-features"), []),
            ),
        },
        "Feature" => {
            let feature = RawFeature {
                id: document.id,
                geometry: document.geometry,
                properties: document.properties,
            };
            read_feature(feature, String::new(), collected, notes);
        }
        "Point" | "MultiPoint" | "LineString" | "MultiLineString" | "Polygon" | "MultiPolygon"
        | "GeometryCollection" => {
            let geometry = Geometry {
                kind: document.kind,
                coordinates: document.coordinates,
                geometries: document.geometries,
            };
            let record = Record {
                properties: Properties::default(),
                at: RecordAt::Json(String::new()),
            };
            let mut shapes = Vec::new();
            read_geometry(
                &geometry,
                JsonPath::Root(""),
                &record,
                &mut shapes,
                notes,
                0,
            );
            collected.add(record, shapes);
        }
        "Topology" => notes.error(
            Where::Json("type".into()),
            Words::new(msg("problem-geojson-topojson"), []),
        ),
        _ => {
            let [found, value] = document.kind.as_ref().map_or_else(
                || [("found", "missing".into()), ("value", "".into())],
                Raw::said,
            );
            notes.error(
                Where::Json(if document.kind.is_some() { "type" } else { "" }.into()),
                Words::new(msg("problem-geojson-wrong-type"), [found, value]),
            );
        }
    }
}

fn read_feature(feature: RawFeature, path: String, collected: &mut Collected, notes: &mut Notes) {
    let mut properties = match feature.properties {
        Some(PropertiesIn::Object(properties)) => properties,
        Some(PropertiesIn::NotObject(found)) => {
            notes.warn(
                Where::Json(join_path(&path, "properties")),
                Words::new(
                    msg("problem-geojson-properties-not-object"),
                    [("found", found_key(found).into())],
                ),
            );
            Properties::default()
        }
        None => Properties::default(),
    };
    if let Some(id) = feature.id {
        properties.set_feature_id(id, 0);
    }
    let record = Record {
        properties,
        at: RecordAt::Json(path.clone()),
    };
    let Some(geometry) = feature.geometry else {
        let [record_is, name] = record.who();
        notes.warn(
            record.whole(),
            Words::new(msg("problem-geojson-no-geometry"), [record_is, name]),
        );
        return;
    };
    let mut shapes = Vec::new();
    let feature_path = JsonPath::Root(&path);
    let geometry_path = JsonPath::Key(&feature_path, "geometry");
    read_geometry(&geometry, geometry_path, &record, &mut shapes, notes, 0);
    collected.add(record, shapes);
}

fn read_geometry(
    geometry: &Geometry,
    at: JsonPath<'_>,
    record: &Record,
    shapes: &mut Vec<Shape>,
    notes: &mut Notes,
    depth: usize,
) {
    let kind = match &geometry.kind {
        Some(Raw::Text(kind)) => kind.as_str(),
        Some(other) => {
            let [found, value] = other.said();
            notes.error(
                Where::Json(JsonPath::Key(&at, "type").to_string()),
                Words::new(
                    msg("problem-geojson-geometry-type-not-text"),
                    [found, value],
                ),
            );
            return;
        }
        None => {
            notes.error(
                Where::Json(at.to_string()),
                Words::new(msg("problem-geojson-geometry-no-type"), []),
            );
            return;
        }
    };
    if kind == "GeometryCollection" {
        read_collection(geometry, at, record, shapes, notes, depth);
        return;
    }
    if !matches!(
        kind,
        "Point" | "MultiPoint" | "LineString" | "MultiLineString" | "Polygon" | "MultiPolygon"
    ) {
        let [record, name] = record.who();
        notes.warn(
            Where::Json(JsonPath::Key(&at, "type").to_string()),
            Words::new(
                msg("problem-geojson-unsupported-geometry"),
                [record, name, ("kind", kind.into())],
            ),
        );
        return;
    }
    let Some(coordinates) = &geometry.coordinates else {
        notes.error(
            Where::Json(at.to_string()),
            Words::new(
                msg("problem-geojson-no-coordinates"),
                [("kind", kind.into())],
            ),
        );
        return;
    };
    if matches!(coordinates, Coordinates::List(list) if list.is_empty()) {
        let [record_is, name] = record.who();
        notes.warn(
            Where::Json(at.to_string()),
            Words::new(
                msg("problem-geojson-empty-geometry"),
                [record_is, name, ("kind", kind.into())],
            ),
        );
        return;
    }
    let at = JsonPath::Key(&at, "coordinates");
    match kind {
        "Point" => shapes.extend(position(coordinates, at, notes).map(Shape::Point)),
        "MultiPoint" => {
            for (i, item) in list(coordinates, at, "positions", notes).iter().enumerate() {
                shapes.extend(position(item, JsonPath::Index(&at, i), notes).map(Shape::Point));
            }
        }
        "LineString" => shapes.extend(line(coordinates, at, notes).map(Shape::Line)),
        "MultiLineString" => {
            for (i, item) in list(coordinates, at, "lines", notes).iter().enumerate() {
                shapes.extend(line(item, JsonPath::Index(&at, i), notes).map(Shape::Line));
            }
        }
        "Polygon" => {
            shapes.extend(polygon(coordinates, at, notes).map(|rings| Shape::Area(vec![rings])));
        }
        _ => {
            let polygons: Vec<_> = list(coordinates, at, "polygons", notes)
                .iter()
                .enumerate()
                .filter_map(|(i, item)| polygon(item, JsonPath::Index(&at, i), notes))
                .collect();
            if !polygons.is_empty() {
                shapes.push(Shape::Area(polygons));
            }
        }
    }
}

fn read_collection(
    geometry: &Geometry,
    at: JsonPath<'_>,
    record: &Record,
    shapes: &mut Vec<Shape>,
    notes: &mut Notes,
    depth: usize,
) {
    if depth >= MAX_NESTING {
        notes.error(
            Where::Json(at.to_string()),
            Words::new(
                msg("problem-geojson-collections-too-deep"),
                [("depth", MAX_NESTING.into())],
            ),
        );
        return;
    }
    let Some(geometries) = &geometry.geometries else {
        notes.error(
            Where::Json(at.to_string()),
            Words::new(msg("problem-geojson-no-geometries"), []),
        );
        return;
    };
    if geometries.is_empty() {
        let [record_is, name] = record.who();
        notes.warn(
            Where::Json(at.to_string()),
            Words::new(
                msg("problem-geojson-empty-geometry"),
                [record_is, name, ("kind", "GeometryCollection".into())],
            ),
        );
    }
    let members = JsonPath::Key(&at, "geometries");
    for (i, member) in geometries.iter().enumerate() {
        let member_at = JsonPath::Index(&members, i);
        read_geometry(member, member_at, record, shapes, notes, depth + 1);
    }
}

/// The members of a list of positions, lines or polygons; empty, with an error, if it is not one.
fn list<'c>(
    coordinates: &'c Coordinates,
    at: JsonPath<'_>,
    what: &str,
    notes: &mut Notes,
) -> &'c [Coordinates] {
    let found = match coordinates {
        Coordinates::List(items) => return items,
        Coordinates::Position { .. } | Coordinates::BadPosition(_) => "a single position",
        Coordinates::NotArray(found) => found,
    };
    notes.error(
        Where::Json(at.to_string()),
        Words::new(
            msg("problem-geojson-list-expected"),
            [("what", what.into()), ("found", found_key(found).into())],
        ),
    );
    &[]
}

/// A checked position; `None`, with an error, when it is not one or lies off the globe.
fn position(coordinates: &Coordinates, at: JsonPath<'_>, notes: &mut Notes) -> Option<LatLon> {
    let message = match coordinates {
        &Coordinates::Position { lon, lat } => {
            if (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat) {
                return Some(LatLon { lat, lon });
            }
            let id = if (-90.0..=90.0).contains(&lat) {
                msg("problem-geojson-longitude-off-globe")
            } else if lon.abs() <= 90.0 && lat.abs() <= 180.0 {
                msg("problem-geojson-latitude-off-globe-swapped")
            } else {
                msg("problem-geojson-latitude-off-globe")
            };
            // Coordinates as text, written as the file has them.
            Words::new(
                id,
                [
                    ("lon", crate::i18n::quoted_number(lon).into()),
                    ("lat", crate::i18n::quoted_number(lat).into()),
                ],
            )
        }
        Coordinates::BadPosition(BadPosition::Member { index, found }) => {
            let which = if *index == 0 { "longitude" } else { "latitude" };
            notes.error(
                Where::Json(JsonPath::Index(&at, *index).to_string()),
                Words::new(
                    msg("problem-geojson-not-a-number"),
                    [("which", which.into()), ("found", found_key(found).into())],
                ),
            );
            return None;
        }
        Coordinates::BadPosition(BadPosition::TooShort(count)) => Words::new(
            msg("problem-geojson-position-too-short"),
            [("count", (*count).into())],
        ),
        Coordinates::List(_) => Words::new(
            msg("problem-geojson-position-expected"),
            [("found", "positions".into())],
        ),
        Coordinates::NotArray(found) => Words::new(
            msg("problem-geojson-position-expected"),
            [("found", found_key(found).into())],
        ),
    };
    notes.error(Where::Json(at.to_string()), message);
    None
}

/// The key by which a message names what was found where coordinates should be, one of the
/// descriptions such as [`A_NUMBER`].
fn found_key(found: &str) -> &'static str {
    match found {
        A_NUMBER => "number",
        A_TEXT => "text",
        A_BOOLEAN => "boolean",
        NULL => "null",
        A_LIST => "list",
        AN_OBJECT => "object",
        _ => "position",
    }
}

/// A line of at least two checked positions.
fn line(coordinates: &Coordinates, at: JsonPath<'_>, notes: &mut Notes) -> Option<Vec<LatLon>> {
    let points = positions(coordinates, at, notes)?;
    if points.len() < 2 {
        notes.warn(
            Where::Json(at.to_string()),
            Words::new(
                msg("problem-geojson-line-too-short"),
                [("count", points.len().into())],
            ),
        );
        return None;
    }
    Some(points)
}

/// Checked positions, with an error for each bad one; `None` if any was bad.
fn positions(
    coordinates: &Coordinates,
    at: JsonPath<'_>,
    notes: &mut Notes,
) -> Option<Vec<LatLon>> {
    let items = list(coordinates, at, "positions", notes);
    let mut points = Vec::with_capacity(items.len());
    let mut all_good = matches!(coordinates, Coordinates::List(_));
    for (i, item) in items.iter().enumerate() {
        match position(item, JsonPath::Index(&at, i), notes) {
            Some(p) => points.push(p),
            None => all_good = false,
        }
    }
    all_good.then_some(points)
}

/// An outer ring and its holes; rings of fewer than three positions are left out with a warning.
fn polygon(
    coordinates: &Coordinates,
    at: JsonPath<'_>,
    notes: &mut Notes,
) -> Option<Vec<Vec<LatLon>>> {
    let mut rings = Vec::new();
    let mut all_good = matches!(coordinates, Coordinates::List(_));
    for (i, item) in list(coordinates, at, "rings", notes).iter().enumerate() {
        let ring_at = JsonPath::Index(&at, i);
        let Some(ring) = positions(item, ring_at, notes) else {
            all_good = false;
            continue;
        };
        if ring.len() < 3 {
            let what = if i == 0 { "outer" } else { "hole" };
            notes.warn(
                Where::Json(ring_at.to_string()),
                Words::new(
                    msg("problem-geojson-ring-too-short"),
                    [("ring", what.into()), ("count", ring.len().into())],
                ),
            );
            if i == 0 {
                all_good = false;
            }
            continue;
        }
        rings.push(ring);
    }
    (all_good && !rings.is_empty()).then_some(rings)
}

/// A JSON path built on the stack and written out only when a problem needs it.
#[derive(Clone, Copy)]
enum JsonPath<'a> {
    Root(&'a str),
    Key(&'a JsonPath<'a>, &'static str),
    Index(&'a JsonPath<'a>, usize),
}

impl fmt::Display for JsonPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonPath::Root(path) => f.write_str(path),
            JsonPath::Key(JsonPath::Root(""), key) => f.write_str(key),
            JsonPath::Key(parent, key) => write!(f, "{parent}.{key}"),
            JsonPath::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// Finds problems' paths in the text; a path in a feature is searched for from the feature's
/// start, found once for all features, so that many problems in a large file stay quick.
struct Locator<'a> {
    text: &'a str,
    feature_starts: Option<Vec<usize>>,
}

impl Locator<'_> {
    fn offset(&mut self, path: &str) -> Option<usize> {
        let text = self.text;
        if let Some((index, rest)) = split_feature_path(path) {
            let starts = self
                .feature_starts
                .get_or_insert_with(|| feature_starts(text));
            if let Some(&start) = starts.get(index) {
                return locate(text.get(start..)?, rest).map(|offset| start + offset);
            }
        }
        locate(text, path)
    }
}

/// `features[12].geometry` → (12, `geometry`).
fn split_feature_path(path: &str) -> Option<(usize, &str)> {
    let rest = path.strip_prefix("features[")?;
    let (index, rest) = rest.split_once(']')?;
    Some((index.parse().ok()?, rest.strip_prefix('.').unwrap_or(rest)))
}

/// Byte offsets of the members of the top-level `features` array.
fn feature_starts(text: &str) -> Vec<usize> {
    let skip_whitespace = |pos: usize| {
        pos + text.as_bytes().get(pos..).map_or(0, |rest| {
            rest.iter()
                .take_while(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
                .count()
        })
    };
    let mut starts = Vec::new();
    let Some(array) = locate(text, "features") else {
        return starts;
    };
    if text.as_bytes().get(array) != Some(&b'[') {
        return starts;
    }
    let mut pos = array + 1;
    loop {
        pos = skip_whitespace(pos);
        let Some(rest) = text
            .get(pos..)
            .filter(|r| !r.is_empty() && !r.starts_with(']'))
        else {
            break;
        };
        starts.push(pos);
        let mut values = serde_json::Deserializer::from_str(rest).into_iter::<IgnoredAny>();
        match values.next() {
            Some(Ok(_)) => pos += values.byte_offset(),
            _ => break,
        }
        pos = skip_whitespace(pos);
        if text.as_bytes().get(pos) != Some(&b',') {
            break;
        }
        pos += 1;
    }
    starts
}

/// The members of any of the three kinds of GeoJSON object; which apply depends on `type`.
#[derive(Deserialize)]
#[serde(expecting = "a GeoJSON object")]
struct Document {
    #[serde(rename = "type")]
    kind: Option<Raw>,
    features: Option<Vec<RawFeature>>,
    id: Option<Raw>,
    geometry: Option<Geometry>,
    properties: Option<PropertiesIn>,
    coordinates: Option<Coordinates>,
    geometries: Option<Vec<Geometry>>,
    name: Option<Raw>,
    title: Option<Raw>,
}

#[derive(Deserialize)]
#[serde(expecting = "a GeoJSON Feature object")]
struct RawFeature {
    id: Option<Raw>,
    geometry: Option<Geometry>,
    properties: Option<PropertiesIn>,
}

#[derive(Deserialize)]
#[serde(expecting = "a GeoJSON geometry object")]
struct Geometry {
    #[serde(rename = "type")]
    kind: Option<Raw>,
    coordinates: Option<Coordinates>,
    geometries: Option<Vec<Geometry>>,
}

/// What a value that should be something else was, for messages.
const A_NUMBER: &str = "a number";
const A_TEXT: &str = "a text";
const A_BOOLEAN: &str = "true or false";
const NULL: &str = "null";
const A_LIST: &str = "a list";
const AN_OBJECT: &str = "an object";

fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw, E> {
                Ok(Raw::Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Raw, E> {
                Ok(Raw::Text(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Raw, E> {
                Ok(Raw::Number(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Raw, E> {
                Ok(Raw::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw, E> {
                Ok(Raw::Number(v as f64))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Raw, E> {
                Ok(Raw::Other(A_BOOLEAN))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Raw, E> {
                Ok(Raw::Other(NULL))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Raw, A::Error> {
                drain_seq(seq).map(|()| Raw::Other(A_LIST))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Raw, A::Error> {
                drain_map(map).map(|()| Raw::Other(AN_OBJECT))
            }
        }
        deserializer.deserialize_any(RawVisitor)
    }
}

/// A feature's `properties`: only the ones this importer reads are kept.
enum PropertiesIn {
    Object(Properties),
    /// Not an object: what it was.
    NotObject(&'static str),
}

/// A property name, kept only when it is one this importer reads.
struct Key(Option<String>);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a property name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(Properties::reads(v).then(|| v.to_string())))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for PropertiesIn {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PropertiesVisitor;
        impl<'de> Visitor<'de> for PropertiesVisitor {
            type Value = PropertiesIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of properties")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PropertiesIn, A::Error> {
                let mut properties = Properties::default();
                while let Some(Key(key)) = map.next_key()? {
                    match key {
                        Some(key) => {
                            if let Some(value) = map.next_value::<Option<Raw>>()? {
                                properties.set(&key, value, 0);
                            }
                        }
                        None => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(PropertiesIn::Object(properties))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<PropertiesIn, E> {
                Ok(PropertiesIn::NotObject(A_TEXT))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<PropertiesIn, E> {
                Ok(PropertiesIn::NotObject(A_NUMBER))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<PropertiesIn, E> {
                Ok(PropertiesIn::NotObject(A_NUMBER))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<PropertiesIn, E> {
                Ok(PropertiesIn::NotObject(A_NUMBER))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<PropertiesIn, E> {
                Ok(PropertiesIn::NotObject(A_BOOLEAN))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<PropertiesIn, A::Error> {
                drain_seq(seq).map(|()| PropertiesIn::NotObject(A_LIST))
            }
        }
        deserializer.deserialize_any(PropertiesVisitor)
    }
}

/// Coordinates as found, kept apart from their checking so that every bad position is reported.
#[derive(Debug, PartialEq)]
enum Coordinates {
    Position {
        lon: f64,
        lat: f64,
    },
    List(Vec<Coordinates>),
    /// An array that starts as a position but is not one.
    BadPosition(BadPosition),
    /// Not an array: what it is.
    NotArray(&'static str),
}

#[derive(Debug, PartialEq)]
enum BadPosition {
    /// The longitude or latitude, at `index`, is not a number.
    Member { index: usize, found: &'static str },
    /// Fewer than two numbers.
    TooShort(usize),
}

/// A member of a coordinates array.
enum Member {
    Number(f64),
    Nested(Coordinates),
    Other(&'static str),
}

struct CoordinatesVisitor;

impl<'de> Visitor<'de> for CoordinatesVisitor {
    type Value = Coordinates;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("GeoJSON coordinates")
    }

    /// A position when the array starts with something other than an array, else a list.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Coordinates, A::Error> {
        let Some(first) = seq.next_element::<Member>()? else {
            return Ok(Coordinates::List(Vec::new()));
        };
        if let Member::Nested(first) = first {
            let mut items = vec![first];
            while let Some(member) = seq.next_element::<Member>()? {
                items.push(match member {
                    Member::Nested(item) => item,
                    Member::Number(_) => Coordinates::NotArray(A_NUMBER),
                    Member::Other(found) => Coordinates::NotArray(found),
                });
            }
            return Ok(Coordinates::List(items));
        }
        let mut numbers = [0.0; 2];
        let mut bad = None;
        let mut count = 0;
        let mut member = Some(first);
        while let Some(m) = member {
            match m {
                Member::Number(x) => {
                    if let Some(slot) = numbers.get_mut(count) {
                        *slot = x;
                    }
                }
                Member::Nested(_) => {
                    bad.get_or_insert((count, A_LIST));
                }
                Member::Other(found) => {
                    bad.get_or_insert((count, found));
                }
            }
            count += 1;
            member = seq.next_element()?;
        }
        Ok(match bad {
            Some((index, found)) if index < 2 => {
                Coordinates::BadPosition(BadPosition::Member { index, found })
            }
            _ if count < 2 => Coordinates::BadPosition(BadPosition::TooShort(count)),
            _ => Coordinates::Position {
                lon: numbers[0],
                lat: numbers[1],
            },
        })
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Coordinates, E> {
        Ok(Coordinates::NotArray(A_NUMBER))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Coordinates, E> {
        Ok(Coordinates::NotArray(A_NUMBER))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Coordinates, E> {
        Ok(Coordinates::NotArray(A_NUMBER))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Coordinates, E> {
        Ok(Coordinates::NotArray(A_TEXT))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Coordinates, E> {
        Ok(Coordinates::NotArray(A_BOOLEAN))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Coordinates, E> {
        Ok(Coordinates::NotArray(NULL))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Coordinates, A::Error> {
        drain_map(map).map(|()| Coordinates::NotArray(AN_OBJECT))
    }
}

impl<'de> Deserialize<'de> for Coordinates {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CoordinatesVisitor)
    }
}

impl<'de> Deserialize<'de> for Member {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MemberVisitor;
        impl<'de> Visitor<'de> for MemberVisitor {
            type Value = Member;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number or an array")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Member, E> {
                Ok(Member::Number(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Member, E> {
                Ok(Member::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Member, E> {
                Ok(Member::Number(v as f64))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Member, A::Error> {
                CoordinatesVisitor.visit_seq(seq).map(Member::Nested)
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Member, E> {
                Ok(Member::Other(A_TEXT))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Member, E> {
                Ok(Member::Other(A_BOOLEAN))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Member, E> {
                Ok(Member::Other(NULL))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Member, A::Error> {
                drain_map(map).map(|()| Member::Other(AN_OBJECT))
            }
        }
        deserializer.deserialize_any(MemberVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LinkMode, LinkStatus, NodeKind, ValueKind};

    fn import(text: &str) -> Imported {
        geojson(text, "data/corridor.geojson").expect("imports")
    }

    fn failure(text: &str) -> ImportFailure {
        geojson(text, "data/corridor.geojson").expect_err("fails")
    }

    fn passes_checker(imported: &Imported) {
        let json = serde_json::to_string(&imported.route).expect("serialises");
        if let Err(e) = crate::io::parse_route(&json, "x") {
            panic!("the checker refuses the import: {:?}", e.problems());
        }
    }

    const CORRIDOR: &str = r#"{
  "type": "FeatureCollection",
  "name": "Caspian crossing",
  "features": [
    {"type": "Feature", "id": "aktau",
     "properties": {"Name": "Aktau", "kind": "port", "country": "Kazakhstan"},
     "geometry": {"type": "Point", "coordinates": [51.2, 43.6, 12.5]}},
    {"type": "Feature",
     "properties": {"id": "alat", "name": "Alat", "kind": "Sea port"},
     "geometry": {"type": "Point", "coordinates": [49.42, 39.93]}},
    {"type": "Feature",
     "properties": {"name": "Aktau–Alat ferry", "mode": "ferry", "status": "planned",
                    "value": 4.5, "year": 2024, "unit": "Mt", "kind": "estimate"},
     "geometry": {"type": "LineString", "coordinates":
        [[51.205, 43.603, 0], [50.5, 42.0, 0, 7], [49.9, 40.5], [49.425, 39.932]]}},
    {"type": "Feature", "properties": null,
     "geometry": {"type": "Polygon", "coordinates":
        [[[50, 40], [51, 40], [51, 41], [50, 40]], [[50.2, 40.2], [50.4, 40.2], [50.3, 40.4]]]}}
  ]
}"#;

    #[test]
    fn points_lines_and_polygons_become_nodes_links_and_areas() {
        let imported = import(CORRIDOR);
        let route = &imported.route;
        assert_eq!(route.title, "Caspian crossing");
        assert_eq!(route.id, "corridor");
        assert_eq!(route.version, crate::model::FORMAT_VERSION);
        let names: Vec<_> = route
            .nodes
            .iter()
            .map(|n| (&*n.id, &*n.name, n.kind))
            .collect();
        assert_eq!(
            names,
            [
                ("aktau", "Aktau", NodeKind::Port),
                ("alat", "Alat", NodeKind::Port)
            ]
        );
        assert_eq!(route.nodes[0].country, "Kazakhstan");
        assert_eq!((route.nodes[0].lat, route.nodes[0].lon), (43.6, 51.2));

        let link = &route.links[0];
        assert_eq!(
            (&*link.from, &*link.to),
            ("aktau", "alat"),
            "ends snap to the ports"
        );
        assert_eq!(link.mode, LinkMode::SeaFerry);
        assert_eq!(link.status, LinkStatus::Planned);
        assert_eq!(
            link.via,
            [
                LatLon {
                    lat: 42.0,
                    lon: 50.5
                },
                LatLon {
                    lat: 40.5,
                    lon: 49.9
                }
            ]
        );

        let layer = &route.layers[0];
        assert_eq!((&*layer.name, &*layer.unit), ("Imported flows", "Mt"));
        let value = &layer.values[0];
        assert_eq!((value.year, value.value), (Some(2024), Some(4.5)));
        assert_eq!(value.kind, ValueKind::Estimate);
        assert_eq!(value.links, [link.id.as_str()]);
        assert_eq!(route.sources[0].id, value.source);
        assert_eq!(route.sources[0].reference, "corridor.geojson");

        assert_eq!(route.areas.len(), 1);
        assert_eq!(route.areas[0].polygons[0].len(), 2, "outer ring and a hole");
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        passes_checker(&imported);
    }

    #[test]
    fn lines_meeting_no_point_share_junctions_and_follow_from_and_to() {
        let text = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a", "name": "A"},
   "geometry": {"type": "Point", "coordinates": [10, 10]}},
  {"type": "Feature", "properties": {"name": "North"},
   "geometry": {"type": "LineString", "coordinates": [[20, 20], [21, 21]]}},
  {"type": "Feature", "properties": {"name": "South"},
   "geometry": {"type": "LineString", "coordinates": [[21, 21], [22, 22]]}},
  {"type": "Feature", "properties": {"from": "a", "to": "junction-2"},
   "geometry": {"type": "LineString", "coordinates": [[12, 12], [21, 21]]}}
]}"#;
        let imported = import(text);
        let route = &imported.route;
        let ids: Vec<_> = route.nodes.iter().map(|n| (&*n.id, &*n.name)).collect();
        assert_eq!(
            ids,
            [
                ("a", "A"),
                ("junction-1", "North start"),
                ("junction-2", "North end"),
                ("junction-3", "South end")
            ]
        );
        let ends: Vec<_> = route.links.iter().map(|l| (&*l.from, &*l.to)).collect();
        assert_eq!(
            ends,
            [
                ("junction-1", "junction-2"),
                ("junction-2", "junction-3"),
                ("a", "junction-2")
            ]
        );
        assert_eq!(route.links[0].mode, LinkMode::Road, "the default mode");
        passes_checker(&imported);
    }

    #[test]
    fn renaming_a_repeated_id_never_takes_an_id_a_later_feature_has() {
        // The second `a` would be `a-2` by order, but a later point is `a-2` itself, and a
        // line from `a-2` means that point.
        let text = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a", "name": "First"},
   "geometry": {"type": "Point", "coordinates": [10, 10]}},
  {"type": "Feature", "properties": {"id": "a", "name": "Again"},
   "geometry": {"type": "Point", "coordinates": [11, 11]}},
  {"type": "Feature", "properties": {"id": "a-2", "name": "Its own"},
   "geometry": {"type": "Point", "coordinates": [12, 12]}},
  {"type": "Feature", "properties": {"from": "a", "to": "a-2"},
   "geometry": {"type": "LineString", "coordinates": [[10, 10], [12, 12]]}}
]}"#;
        let imported = import(text);
        let route = &imported.route;
        let ids: Vec<_> = route.nodes.iter().map(|n| (&*n.id, &*n.name)).collect();
        assert_eq!(ids, [("a", "First"), ("a-3", "Again"), ("a-2", "Its own")]);
        let ends: Vec<_> = route.links.iter().map(|l| (&*l.from, &*l.to)).collect();
        assert_eq!(ends, [("a", "a-2")]);
        let renamed: Vec<_> = imported
            .warnings
            .iter()
            .filter(|w| w.message.contains("already used"))
            .map(|w| (w.path.as_str(), w.message.as_str()))
            .collect();
        assert_eq!(renamed.len(), 1, "{:?}", imported.warnings);
        assert_eq!(renamed[0].0, "features[1].properties.id");
        assert!(
            renamed[0].1.contains("imported as 'a-3'"),
            "{}",
            renamed[0].1
        );
        passes_checker(&imported);
    }

    #[test]
    fn unknown_from_node_is_an_error_with_a_suggestion() {
        let text = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "aktau"},
   "geometry": {"type": "Point", "coordinates": [51.2, 43.6]}},
  {"type": "Feature", "properties": {"from": "aktu"},
   "geometry": {"type": "LineString", "coordinates": [[51.2, 43.6], [49.4, 39.9]]}}
]}"#;
        let failure = failure(text);
        let problem = &failure.problems[0];
        assert_eq!(problem.path, "features[1].properties.from");
        assert_eq!(problem.line, 4);
        assert!(
            problem.message.contains("did you mean 'aktau'"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn multi_line_strings_give_one_link_per_part() {
        let text = r#"{"type": "Feature", "id": "rail",
  "properties": {"mode": "railway"},
  "geometry": {"type": "MultiLineString", "coordinates": [
    [[30, 40], [31, 41]], [[31, 41], [32, 42], [33, 43]]]}}"#;
        let imported = import(text);
        let ids: Vec<_> = imported.route.links.iter().map(|l| &*l.id).collect();
        assert_eq!(ids, ["rail-1", "rail-2"]);
        assert!(
            imported
                .route
                .links
                .iter()
                .all(|l| l.mode == LinkMode::Rail)
        );
        assert_eq!(imported.route.links[0].to, imported.route.links[1].from);
        assert_eq!(imported.route.links[1].via.len(), 1);
        assert_eq!(imported.route.title, "corridor", "the file's stem");
        passes_checker(&imported);
    }

    #[test]
    fn bare_geometries_and_collections_are_read() {
        let text = r#"{"type": "GeometryCollection", "geometries": [
  {"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]},
  {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1]]], [[[5, 5], [6, 5], [6, 6]]]]}
]}"#;
        let imported = import(text);
        assert_eq!(imported.route.nodes.len(), 2);
        assert_eq!(imported.route.nodes[1].lat, 4.0);
        assert_eq!(imported.route.areas[0].polygons.len(), 2);
        passes_checker(&imported);
    }

    #[test]
    fn unsupported_and_missing_geometries_are_skipped_with_a_warning() {
        let text = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "Here"},
   "geometry": {"type": "Point", "coordinates": [1, 2]}},
  {"type": "Feature", "properties": {"name": "Round"},
   "geometry": {"type": "Circle", "coordinates": [1, 2], "radius": 5}},
  {"type": "Feature", "properties": {"name": "Nowhere"}, "geometry": null},
  {"type": "Feature", "properties": {"name": "Empty"},
   "geometry": {"type": "LineString", "coordinates": []}},
  {"type": "Feature", "properties": [1, 2],
   "geometry": {"type": "Point", "coordinates": [3, 4]}}
]}"#;
        let imported = import(text);
        let warnings: Vec<_> = imported
            .warnings
            .iter()
            .map(|w| (w.path.as_str(), w.line, w.message.as_str()))
            .collect();
        assert_eq!(warnings[0].0, "features[1].geometry.type");
        assert_eq!(warnings[0].1, 5);
        assert!(
            warnings[0].2.contains("feature 'Round'"),
            "{}",
            warnings[0].2
        );
        assert!(warnings[0].2.contains("'Circle'"), "{}", warnings[0].2);
        assert_eq!(warnings[1].0, "features[2]");
        assert!(warnings[1].2.contains("no geometry"), "{}", warnings[1].2);
        assert_eq!(warnings[2].0, "features[3].geometry");
        assert!(
            warnings[2].2.contains("empty LineString"),
            "{}",
            warnings[2].2
        );
        assert_eq!(warnings[3].0, "features[4]");
        assert!(warnings[3].2.contains("no 'name'"), "{}", warnings[3].2);
        assert_eq!(warnings[4].0, "features[4].properties");
        assert!(warnings[4].2.contains("not an object"), "{}", warnings[4].2);
        assert_eq!(imported.route.nodes.len(), 2);
    }

    #[test]
    fn off_globe_and_broken_coordinates_are_all_located() {
        let text = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {},
   "geometry": {"type": "Point", "coordinates": [51.2, 43.6]}},
  {"type": "Feature", "properties": {},
   "geometry": {"type": "LineString", "coordinates": [
     [51.2, 43.6],
     [50.1, 42.0],
     [49.0, 41.0],
     [39.9, 149.4]
   ]}},
  {"type": "Feature", "properties": {},
   "geometry": {"type": "Point", "coordinates": ["51.2", 43.6]}}
]}"#;
        let failure = failure(text);
        let found: Vec<_> = failure
            .problems
            .iter()
            .map(|p| (p.path.as_str(), p.line, p.column))
            .collect();
        assert_eq!(
            found,
            [
                ("features[1].geometry.coordinates[3]", 9, 6),
                ("features[2].geometry.coordinates[0]", 12, 50)
            ]
        );
        assert!(failure.problems[0].message.contains("latitude 149.4"));
        assert!(failure.problems[0].message.contains("swapped"));
        assert!(failure.problems[1].message.contains("found a text"));
        assert_eq!(failure.problems[0].file, "data/corridor.geojson");
    }

    #[test]
    fn values_that_are_no_amounts_or_years_are_errors() {
        let text = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"value": -3, "year": 2024},
   "geometry": {"type": "LineString", "coordinates": [[1, 1], [2, 2]]}},
  {"type": "Feature", "properties": {"value": "lots", "year": 2024.5},
   "geometry": {"type": "LineString", "coordinates": [[1, 1], [2, 2]]}},
  {"type": "Feature", "properties": {"value": "12.5", "year": "2023"},
   "geometry": {"type": "LineString", "coordinates": [[1, 1], [2, 2]]}}
]}"#;
        let failure = failure(text);
        let found: Vec<_> = failure
            .problems
            .iter()
            .map(|p| (p.path.as_str(), p.line))
            .collect();
        assert_eq!(
            found,
            [
                ("features[0].properties.value", 2),
                ("features[1].properties.value", 4),
                ("features[1].properties.year", 4)
            ]
        );
        assert!(failure.problems[0].message.contains("negative"));
        assert!(failure.problems[1].message.contains("not a number"));
        assert!(failure.problems[2].message.contains("not a whole year"));
    }

    #[test]
    fn repeated_ids_get_a_suffix_and_generated_ids_avoid_given_ones() {
        let text = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "A"},
   "geometry": {"type": "Point", "coordinates": [1, 1]}},
  {"type": "Feature", "id": 7, "properties": {"name": "B", "kind": "prot"},
   "geometry": {"type": "Point", "coordinates": [2, 2]}},
  {"type": "Feature", "properties": {"id": "node-1", "name": "C"},
   "geometry": {"type": "Point", "coordinates": [3, 3]}},
  {"type": "Feature", "properties": {"id": "7", "name": "D"},
   "geometry": {"type": "Point", "coordinates": [4, 4]}}
]}"#;
        let imported = import(text);
        let ids: Vec<_> = imported.route.nodes.iter().map(|n| &*n.id).collect();
        assert_eq!(ids, ["node-2", "7", "node-1", "7-2"]);
        let messages: Vec<_> = imported.warnings.iter().map(|w| &*w.message).collect();
        assert_eq!(imported.warnings[0].path, "features[1].properties.kind");
        assert!(messages[0].contains("did you mean 'port'"), "{messages:?}");
        assert_eq!(imported.warnings[1].path, "features[3].properties.id");
        assert!(messages[1].contains("'7-2'"), "{messages:?}");
        assert_eq!(imported.route.nodes[1].kind, NodeKind::Place);
        passes_checker(&imported);
    }

    #[test]
    fn malformed_json_and_other_formats_are_located_errors() {
        let problem = &failure("{\"type\": \"FeatureCollection\",\n \"features\": [}").problems[0];
        assert_eq!(problem.line, 2);
        assert!(problem.column > 1);
        assert_eq!(problem.file, "data/corridor.geojson");

        let problem = &failure("[1, 2]").problems[0];
        assert!(
            problem.message.contains("not GeoJSON"),
            "{}",
            problem.message
        );

        let problem = &failure(r#"{"type": "Topology", "objects": {}}"#).problems[0];
        assert!(problem.message.contains("TopoJSON"), "{}", problem.message);

        let text = "{\"type\": \"FeatureCollection\", \"features\": [\n {\"geometry\": 5}]}";
        let problem = &failure(text).problems[0];
        assert_eq!(problem.path, "features[0].geometry");
        assert_eq!(problem.line, 2);
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        let nested = |depth: usize| {
            let mut text = String::new();
            for _ in 0..depth {
                text += r#"{"type": "GeometryCollection", "geometries": ["#;
            }
            text += r#"{"type": "Point", "coordinates": [1, 2]}"#;
            text += &"]}".repeat(depth);
            text
        };
        let problem = &failure(&nested(MAX_NESTING + 5)).problems[0];
        assert!(
            problem.message.contains("nested more than"),
            "{}",
            problem.message
        );
        assert!(problem.path.starts_with("geometries[0].geometries[0]"));

        let problem = &failure(&nested(10_000)).problems[0];
        assert!(
            problem.message.contains("nested too deeply"),
            "{}",
            problem.message
        );
        let arrays = format!(
            r#"{{"type": "Point", "coordinates": {}{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(
            failure(&arrays).problems[0]
                .message
                .contains("nested too deeply")
        );
    }

    /// A generated network: every line runs between two points it should end at.
    #[test]
    fn thousands_of_features_import_with_every_line_on_its_points() {
        let mut features = Vec::new();
        for i in 0..2000 {
            let (lon, lat) = (f64::from(i % 50) * 0.5, f64::from(i / 50) * 0.5);
            features.push(format!(
                r#"{{"type": "Feature", "properties": {{"id": "p{i}", "name": "Place {i}"}},
                 "geometry": {{"type": "Point", "coordinates": [{lon}, {lat}]}}}}"#
            ));
            if i % 50 != 49 {
                features.push(format!(
                    r#"{{"type": "Feature", "properties": {{"value": {i}, "year": 2020}},
                     "geometry": {{"type": "LineString", "coordinates":
                       [[{}, {}], [{}, {}], [{}, {}]]}}}}"#,
                    lon + 0.004,
                    lat,
                    lon + 0.25,
                    lat + 0.1,
                    lon + 0.496,
                    lat + 0.001
                ));
            }
        }
        let text = format!(
            r#"{{"type": "FeatureCollection", "features": [{}]}}"#,
            features.join(",\n")
        );
        let imported = import(&text);
        let route = &imported.route;
        assert_eq!(route.nodes.len(), 2000, "no junctions were needed");
        assert_eq!(route.links.len(), 1960);
        assert_eq!(route.layers[0].values.len(), 1960);
        let link = &route.links[60];
        assert_eq!((&*link.from, &*link.to), ("p61", "p62"));
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        passes_checker(&imported);
    }

    /// The first problem of a failed import, in English and in Russian; the English as the
    /// problem keeps it.
    fn in_both(problem: &Problem) -> (String, String) {
        use crate::i18n::Tr;
        assert_eq!(problem.message_in(&Tr::new("en")), problem.message);
        (problem.message.clone(), problem.message_in(&Tr::new("ru")))
    }

    fn geometry(geometry: &str) -> String {
        format!(
            r#"{{"type": "FeatureCollection", "features": [{{"type": "Feature", "properties": {{"name": "Aktau"}}, "geometry": {geometry}}}]}}"#
        )
    }

    #[test]
    fn coordinate_problems_read_in_russian_and_as_before_in_english() {
        let first = |g: &str| in_both(&failure(&geometry(g)).problems[0]);
        assert_eq!(
            first(r#"{"type": "Point", "coordinates": [43.6, 95.5]}"#),
            (
                "position [43.6, 95.5] is off the globe: latitude 95.5 is not between -90 and 90; it looks like latitude and longitude are swapped, and GeoJSON gives longitude first".to_string(),
                "Точка [43.6, 95.5] лежит за пределами земного шара: широта 95.5 должна быть от -90 до 90. Похоже, широта и долгота переставлены: в GeoJSON сначала идёт долгота.".to_string()
            )
        );
        assert_eq!(
            first(r#"{"type": "Point", "coordinates": [-200, 40]}"#),
            (
                "position [-200, 40] is off the globe: longitude -200 is not between -180 and 180".to_string(),
                "Точка [-200, 40] лежит за пределами земного шара: долгота -200 должна быть от -180 до 180.".to_string()
            )
        );
        assert_eq!(
            first(r#"{"type": "Point", "coordinates": [170, 100]}"#).0,
            "position [170, 100] is off the globe: latitude 100 is not between -90 and 90"
        );
        assert_eq!(
            first(r#"{"type": "Point", "coordinates": ["51.2", 43.6]}"#),
            (
                "expected the longitude as a number, found a text".to_string(),
                "Долгота должна быть числом, а здесь текст.".to_string()
            )
        );
        assert_eq!(
            first(r#"{"type": "Point", "coordinates": [51.2]}"#),
            (
                "a position needs a longitude and a latitude, as in [51.2, 43.6]; found 1 number"
                    .to_string(),
                "Точке нужны долгота и широта, например [51.2, 43.6], а здесь 1 число.".to_string()
            )
        );
        assert_eq!(
            first(r#"{"type": "Point", "coordinates": [[51.2, 43.6]]}"#),
            (
                "expected a position [longitude, latitude], found a list of positions".to_string(),
                "Нужна точка [долгота, широта], а здесь список точек.".to_string()
            )
        );
        assert_eq!(
            first(r#"{"type": "LineString", "coordinates": [[51.2, 43.6], 7]}"#),
            (
                "expected a position [longitude, latitude], found a number".to_string(),
                "Нужна точка [долгота, широта], а здесь число.".to_string()
            )
        );
        assert_eq!(
            first(r#"{"type": "MultiLineString", "coordinates": {"a": 1}}"#),
            (
                "expected a list of lines, found an object".to_string(),
                "Нужен список линий, а здесь объект.".to_string()
            )
        );
    }

    #[test]
    fn geometry_problems_read_in_russian_and_as_before_in_english() {
        let imported = import(&geometry(r#"{"type": "Circle", "coordinates": [51.2, 43.6]}"#).replace(
            "]}",
            r#", {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [51.2, 43.6]}}]}"#,
        ));
        assert_eq!(
            in_both(&imported.warnings[0]),
            (
                "feature 'Aktau' has a geometry of type 'Circle', which is not one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection; it is skipped".to_string(),
                "Объект «Aktau»: геометрия типа «Circle» не поддерживается, объект пропущен. Поддерживаются Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon и GeometryCollection.".to_string()
            )
        );
        let mut nested = r#"{"type": "Point", "coordinates": [51.2, 43.6]}"#.to_string();
        for _ in 0..=MAX_NESTING {
            nested = format!(r#"{{"type": "GeometryCollection", "geometries": [{nested}]}}"#);
        }
        assert_eq!(
            in_both(&failure(&geometry(&nested)).problems[0]),
            (
                "GeometryCollections are nested more than 32 deep here; put the geometries in one collection or in separate features".to_string(),
                "Здесь GeometryCollection вложены друг в друга глубже 32 уровней. Поместите геометрии в одну коллекцию или в отдельные объекты.".to_string()
            )
        );
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(
            in_both(
                &failure(&geometry(&format!(
                    r#"{{"type": "Point", "coordinates": {deep}}}"#
                )))
                .problems[0]
            )
            .1,
            "JSON вложен слишком глубоко, чтобы его прочитать (больше 128 уровней). В GeoJSON столько уровней не бывает: файл повреждён или это не GeoJSON."
        );
    }

    #[test]
    fn feature_problems_read_in_russian_and_as_before_in_english() {
        let text = r##"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "Aktau", "id": "aktau", "kind": "prot"}, "geometry": {"type": "Point", "coordinates": [51.2, 43.6]}},
  {"type": "Feature", "properties": {"id": "aktau", "kind": "zzzzzz"}, "geometry": {"type": "Point", "coordinates": [49.4, 39.9]}},
  {"type": "Feature", "properties": {"id": [1], "kind": true}, "geometry": {"type": "Point", "coordinates": [49.9, 40.4]}},
  {"type": "Feature", "properties": {"from": "aktua", "to": null}, "geometry": {"type": "LineString", "coordinates": [[51.2, 43.6], [50, 41]]}},
  {"type": "Feature", "properties": {"from": "qqqqqqqq"}, "geometry": {"type": "LineString", "coordinates": [[51.2, 43.6], [50, 41]]}},
  {"type": "Feature", "properties": {"color": "red"}, "geometry": {"type": "Polygon", "coordinates": [[[50, 40], [51, 40], [51, 41], [50, 40]]]}}
]}"##;
        failure(text);
        let all = all_said(text);
        let said = |english: &str, russian: &str| assert_said(&all, english, russian);
        said(
            "'from' names node 'aktua', which no point in the file has; did you mean 'aktau'?",
            "«from» ссылается на узел «aktua», но такой точки в файле нет. Может быть, «aktau»?",
        );
        said(
            "'from' names node 'qqqqqqqq', which no point in the file has; give the id of a point in the file",
            "«from» ссылается на узел «qqqqqqqq», но такой точки в файле нет. Укажите id точки из этого файла.",
        );
        said(
            "kind 'prot' is not one of port, rail_junction, border_crossing, city, terminal, place; did you mean 'port'? Feature 'Aktau' is imported with kind 'place'.",
            "Объект «Aktau»: в свойстве «kind» недопустимое значение «prot» (допустимы port, rail_junction, border_crossing, city, terminal, place). Может быть, «port»? Пока вместо него взято «place».",
        );
        said(
            "kind 'zzzzzz' is not one of port, rail_junction, border_crossing, city, terminal, place. The feature at features[1] is imported with kind 'place'.",
            "Объект в features[1]: в свойстве «kind» недопустимое значение «zzzzzz» (допустимы port, rail_junction, border_crossing, city, terminal, place). Вместо него взято «place».",
        );
        said(
            "this point and 1 other points have no 'name' property; their ids are shown as names",
            "У этой точки и ещё у 1 точки нет свойства «name», вместо названий показаны их id.",
        );
        said(
            "id 'aktau' is already used by an earlier node; this one is imported as 'aktau-2', so give each feature its own id if other features refer to it",
            "Id «aktau» уже занят узлом выше в файле, поэтому этот объект импортирован как «aktau-2». Если другие объекты ссылаются на него, дайте каждому объекту свой id.",
        );
        said(
            "the id is a list, not a text or number; the feature at features[2] gets a generated id",
            "Объект в features[2]: id задан как список, а должен быть текстом или числом. Id создан автоматически.",
        );
        said(
            "kind is true or false, not a word. The feature at features[2] is imported with kind 'place'.",
            "Объект в features[2]: в свойстве «kind» true или false, а нужно слово. Вместо этого взято «place».",
        );
        said(
            "colour 'red' is not of the form #rrggbb, such as \"#c2410c\"; the area is drawn in the default grey",
            "Цвет «red» записан не в виде #rrggbb, например \"#c2410c\". Область нарисована серым цветом по умолчанию.",
        );
        let flows = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "Aktau", "value": 3}, "geometry": {"type": "Point", "coordinates": [51.2, 43.6]}},
  {"type": "Feature", "properties": {"year": 2020}, "geometry": {"type": "LineString", "coordinates": [[51.2, 43.6], [50, 41]]}},
  {"type": "Feature", "properties": {"value": 2, "year": 2020, "unit": "Mt"}, "geometry": {"type": "LineString", "coordinates": [[51.2, 43.6], [50, 41]]}},
  {"type": "Feature", "properties": {"value": 2, "year": 2020, "unit": "TEU"}, "geometry": {"type": "LineString", "coordinates": [[51.2, 43.6], [50, 41]]}},
  {"type": "Feature", "properties": {"value": 2}, "geometry": {"type": "LineString", "coordinates": [[51.2, 43.6], [50, 41]]}}
]}"#;
        geojson(flows, "t.geojson").expect_err("fails");
        let all = all_said(flows);
        let said = |english: &str, russian: &str| assert_said(&all, english, russian);
        said(
            "Feature 'Aktau' is a point, and flow values belong on lines; its value is left out",
            "Объект «Aktau» — это точка, а значения потоков относятся к линиям, поэтому значение пропущено.",
        );
        said(
            "a year without a 'value' says nothing to show; it is left out",
            "Год без значения («value») ничего не показывает, он пропущен.",
        );
        said(
            "unit 'TEU' differs from unit 'Mt' of layer 'Imported flows' given by an earlier feature; the value is shown in 'Mt', so put values in other units in a layer of their own with a 'layer' property",
            "Единица «TEU» отличается от единицы «Mt» слоя «Imported flows», заданной одним из объектов выше, и значение показано в «Mt». Значения в других единицах поместите в отдельный слой с помощью свойства «layer».",
        );
        said(
            "The feature at features[4] has a value but no 'year'; add a 'year' property such as 2024",
            "Объект в features[4]: есть значение, но нет года («year»). Добавьте свойство «year», например 2024.",
        );
        // Counts that Russian words by their last digits: one point of 21 is still "точки".
        let unnamed = |count: usize| {
            crate::io::Problem::worded(
                "t.geojson",
                Words::new(
                    msg("problem-import-unnamed-points"),
                    [("count", count.into()), ("others", (count - 1).into())],
                ),
            )
        };
        assert_eq!(
            in_both(&unnamed(1)).1,
            "У этой точки нет свойства «name», вместо названия показан её id."
        );
        assert_eq!(
            in_both(&unnamed(22)),
            (
                "this point and 21 other points have no 'name' property; their ids are shown as names".to_string(),
                "У этой точки и ещё у 21 точки нет свойства «name», вместо названий показаны их id.".to_string()
            )
        );
    }

    /// Fails unless `all` holds the problem worded so in English and in Russian.
    fn assert_said(all: &[(String, String)], english: &str, russian: &str) {
        let pair = (english.to_string(), russian.to_string());
        assert!(all.contains(&pair), "{pair:#?} not in {all:#?}");
    }

    /// Every problem and warning of a GeoJSON text, in English and in Russian.
    fn all_said(text: &str) -> Vec<(String, String)> {
        let (problems, warnings) = match geojson(text, "t.geojson") {
            Ok(imported) => (Vec::new(), imported.warnings),
            Err(failure) => (failure.problems, failure.warnings),
        };
        problems.iter().chain(&warnings).map(in_both).collect()
    }

    #[test]
    fn document_and_geometry_problems_read_in_russian_and_as_before_in_english() {
        let said = |text: &str, english: &str, russian: &str| {
            assert_said(&all_said(text), english, russian)
        };
        said(
            r#"{"type": "Topology"}"#,
            "this is TopoJSON, not GeoJSON; convert it first, for example with topo2geo or mapshaper",
            "Это TopoJSON, а не GeoJSON. Сначала преобразуйте его, например с помощью topo2geo или mapshaper.",
        );
        said(
            r#"{"type": "Thing"}"#,
            "this is not GeoJSON: \"type\" is 'Thing', where GeoJSON has \"FeatureCollection\", \"Feature\" or a geometry type such as \"Point\"",
            "Это не GeoJSON: \"type\" равен «Thing», а в GeoJSON это \"FeatureCollection\", \"Feature\" или тип геометрии, например \"Point\".",
        );
        said(
            r#"{"features": []}"#,
            "this is not GeoJSON: \"type\" is missing, where GeoJSON has \"FeatureCollection\", \"Feature\" or a geometry type such as \"Point\"",
            "Это не GeoJSON: нет поля \"type\", а в GeoJSON это \"FeatureCollection\", \"Feature\" или тип геометрии, например \"Point\".",
        );
        let point = r#"{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [51.2, 43.6]}}"#;
        let with = |feature: &str| {
            format!(r#"{{"type": "FeatureCollection", "features": [{point}, {feature}]}}"#)
        };
        said(
            &with(r#"{"type": "Feature", "properties": "x", "geometry": null}"#),
            "the properties are a text, not an object of names and values; they are ignored",
            "Свойства (properties) заданы как текст, а не как объект с названиями и значениями, поэтому они не учтены.",
        );
        said(
            &with(r#"{"type": "Feature", "properties": {"name": "Alat"}}"#),
            "feature 'Alat' has no geometry, so there is nothing to place on the map; it is skipped",
            "Объект «Alat»: нет геометрии, так что на карте его нечем показать; объект пропущен.",
        );
        said(
            &with(r#"{"type": "Feature", "properties": {}, "geometry": {"type": 7}}"#),
            "the geometry's \"type\" is 7; it must be a text such as \"Point\"",
            "\"type\" геометрии равен 7, а должен быть текстом, например \"Point\".",
        );
        said(
            &with(r#"{"type": "Feature", "properties": {}, "geometry": {"coordinates": [1, 2]}}"#),
            "the geometry has no \"type\"; add one such as \"type\": \"Point\"",
            "У геометрии нет \"type\". Добавьте его, например \"type\": \"Point\".",
        );
        said(
            &with(r#"{"type": "Feature", "properties": {}, "geometry": {"type": "LineString"}}"#),
            "the LineString has no \"coordinates\"; add them, or remove the geometry",
            "У геометрии LineString нет \"coordinates\". Добавьте координаты или удалите геометрию.",
        );
        said(
            &with(
                r#"{"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": []}}"#,
            ),
            "The feature at features[1] has an empty LineString; it is skipped",
            "Объект в features[1]: геометрия LineString пуста; объект пропущен.",
        );
        said(
            &with(
                r#"{"type": "Feature", "properties": {}, "geometry": {"type": "GeometryCollection"}}"#,
            ),
            "the GeometryCollection has no \"geometries\" list; add one, or remove the geometry",
            "У GeometryCollection нет списка \"geometries\". Добавьте его или удалите геометрию.",
        );
        said(
            &with(
                r#"{"type": "Feature", "properties": {"name": "Alat"}, "geometry": {"type": "GeometryCollection", "geometries": []}}"#,
            ),
            "Feature 'Alat' has an empty GeometryCollection; it is skipped",
            "Объект «Alat»: геометрия GeometryCollection пуста; объект пропущен.",
        );
        said(
            &with(
                r#"{"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[51, 43]]}}"#,
            ),
            "a line needs at least two positions, found 1; it is skipped",
            "Линии нужны хотя бы две точки, а здесь 1 точка; линия пропущена.",
        );
        said(
            &with(
                r#"{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[50, 40], [51, 40]]]}}"#,
            ),
            "the polygon's outer ring has 2 positions, and a ring needs at least three; it is left out",
            "Во внешнем контуре многоугольника 2 точки, а контуру нужно хотя бы три; контур пропущен.",
        );
        said(
            &with(
                r#"{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[50, 40], [51, 40], [51, 41], [50, 40]], [[50.2, 40.2]]]}}"#,
            ),
            "a hole has 1 positions, and a ring needs at least three; it is left out",
            "В вырезе 1 точка, а контуру нужно хотя бы три; контур пропущен.",
        );
    }
}
