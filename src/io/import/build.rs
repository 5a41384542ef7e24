//! What GeoJSON and KML have in common: features with properties and a point, line or polygon,
//! turned into nodes, links, flow values and areas.
//!
//! The readers of each format check coordinates and hand over [`Feature`]s; this module gives ids,
//! reads the known properties, finds the nodes a line ends at and files flow values into layers.

use std::collections::HashMap;
use std::rc::Rc;

use crate::io::YEARS;
use crate::model::{
    Area, FlowLayer, FlowValue, LatLon, Link, LinkMode, LinkStatus, Node, NodeKind, Route,
    ValueKind, parse_rgb,
};

use super::{Notes, Where, closest, file_source};

/// Id of the source every imported flow value cites: the imported file.
pub(super) const SOURCE_ID: &str = "import";

/// How far a line's end may lie from a point for the line to end at that point's node.
const SNAP_KM: f64 = 1.0;

/// Colours given to flow layers in the order the layers are met.
pub(super) const PALETTE: [&str; 8] = [
    "#c2410c", "#1d4ed8", "#15803d", "#7c3aed", "#b91c1c", "#0e7490", "#a16207", "#be185d",
];

/// Unknown node ids that get a "did you mean": each suggestion compares against every node, so a
/// file full of wrong references gets suggestions only for the first few.
const SUGGESTIONS: usize = 50;

/// A property value as the file gives it.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Raw {
    Text(String),
    Number(f64),
    /// A value no property is read from, described for a message, such as "a list".
    Other(&'static str),
}

impl Raw {
    /// The value as text, with whole numbers written without a fraction; `None` when empty.
    pub(super) fn text(&self) -> Option<String> {
        match self {
            Raw::Text(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Raw::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(format!("{}", *n as i64)),
            Raw::Number(n) => Some(n.to_string()),
            Raw::Other(_) => None,
        }
    }

    pub(super) fn describe(&self) -> String {
        match self {
            Raw::Text(s) => format!("'{s}'"),
            Raw::Number(n) => n.to_string(),
            Raw::Other(what) => (*what).to_string(),
        }
    }
}

/// A property this importer reads, as found in the file.
#[derive(Clone, Debug)]
pub(super) struct Field {
    /// The key as written, for messages.
    key: String,
    value: Raw,
    /// Byte offset of the property in the text, where the format has one.
    offset: usize,
    /// Whether this is the feature's own id rather than one of its properties.
    member: bool,
    /// What the property means.
    slot: Slot,
    /// Which of several keys for the same thing wins: lower is preferred.
    rank: u8,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Slot {
    Id,
    Name,
    Kind,
    ValueKind,
    Mode,
    Status,
    Country,
    Description,
    From,
    To,
    Value,
    Year,
    Unit,
    Layer,
    Color,
}

/// Which property a key names, case aside, and its rank among keys for the same thing.
fn slot(key: &str) -> Option<(Slot, u8)> {
    let mut lower = [0u8; 11];
    let bytes = key.as_bytes();
    let lower = lower.get_mut(..bytes.len())?;
    for (l, b) in lower.iter_mut().zip(bytes) {
        *l = b.to_ascii_lowercase();
    }
    Some(match &*lower {
        b"id" => (Slot::Id, 0),
        b"name" => (Slot::Name, 0),
        b"title" => (Slot::Name, 1),
        b"label" => (Slot::Name, 2),
        b"kind" => (Slot::Kind, 0),
        b"value_kind" => (Slot::ValueKind, 0),
        b"mode" => (Slot::Mode, 0),
        b"status" => (Slot::Status, 0),
        b"country" => (Slot::Country, 0),
        b"description" => (Slot::Description, 0),
        b"from" => (Slot::From, 0),
        b"to" => (Slot::To, 0),
        b"value" => (Slot::Value, 0),
        b"year" => (Slot::Year, 0),
        b"unit" => (Slot::Unit, 0),
        b"layer" => (Slot::Layer, 0),
        b"fill" => (Slot::Color, 0),
        b"color" => (Slot::Color, 1),
        _ => return None,
    })
}

/// The properties of a feature this importer reads, as a short list since most features have
/// only a few.
#[derive(Clone, Debug, Default)]
pub(super) struct Properties {
    fields: Vec<Field>,
}

impl Properties {
    /// Whether `key` names a property this importer reads.
    pub(super) fn reads(key: &str) -> bool {
        slot(key).is_some()
    }

    /// Keeps `value` if `key` names a property this importer reads.
    pub(super) fn set(&mut self, key: &str, value: Raw, offset: usize) {
        if let Some((slot, rank)) = slot(key) {
            self.put(slot, key, value, offset, rank, false);
        }
    }

    /// Keeps the feature's own id, used when its properties give none.
    pub(super) fn set_feature_id(&mut self, value: Raw, offset: usize) {
        self.put(Slot::Id, "id", value, offset, u8::MAX, true);
    }

    fn put(&mut self, slot: Slot, key: &str, value: Raw, offset: usize, rank: u8, member: bool) {
        let field = Field {
            key: key.to_string(),
            value,
            offset,
            member,
            slot,
            rank,
        };
        match self.fields.iter_mut().find(|f| f.slot == slot) {
            Some(kept) if rank < kept.rank => *kept = field,
            Some(_) => {}
            None => self.fields.push(field),
        }
    }

    fn get(&self, slot: Slot) -> Option<&Field> {
        self.fields.iter().find(|f| f.slot == slot)
    }

    /// The name the file gives, if any.
    pub(super) fn name(&self) -> Option<String> {
        self.get(Slot::Name).and_then(|f| f.value.text())
    }
}

/// Where a feature is, to point problems at it and at its properties.
#[derive(Clone, Debug)]
pub(super) enum RecordAt {
    /// JSON path of the feature, such as `features[3]`; empty for a lone feature.
    Json(String),
    /// Byte offset of a KML placemark, and a short label for it such as `Placemark "Aktau"`.
    Xml { offset: usize, label: String },
}

/// A feature's properties and place, shared by every shape the feature has.
#[derive(Debug)]
pub(super) struct Record {
    pub properties: Properties,
    pub at: RecordAt,
}

/// Joins JSON path parts, as in `features[3]` + `properties` → `features[3].properties`.
pub(super) fn join_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl Record {
    /// The feature as a whole.
    pub(super) fn whole(&self) -> Where {
        match &self.at {
            RecordAt::Json(path) => Where::Json(path.clone()),
            RecordAt::Xml { offset, label } => Where::Offset {
                offset: *offset,
                path: label.clone(),
            },
        }
    }

    fn field(&self, field: &Field) -> Where {
        match &self.at {
            RecordAt::Json(path) if field.member => Where::Json(join_path(path, "id")),
            RecordAt::Json(path) => {
                Where::Json(join_path(&join_path(path, "properties"), &field.key))
            }
            RecordAt::Xml { offset, label } => Where::Offset {
                offset: if field.member { *offset } else { field.offset },
                path: format!("{label}, {}", field.key),
            },
        }
    }

    /// "feature 'Aktau'", or how the feature is found when it has no name.
    pub(super) fn describe(&self) -> String {
        match (self.properties.name(), &self.at) {
            (Some(name), RecordAt::Json(_)) => format!("feature '{name}'"),
            (Some(name), RecordAt::Xml { .. }) => format!("placemark '{name}'"),
            (None, RecordAt::Json(path)) if path.is_empty() => "the feature".to_string(),
            (None, RecordAt::Json(path)) => format!("the feature at {path}"),
            (None, RecordAt::Xml { label, .. }) => label.clone(),
        }
    }
}

/// One thing drawn: a point, a line or an area, with coordinates already checked.
#[derive(Debug)]
pub(super) enum Shape {
    Point(LatLon),
    /// At least two points.
    Line(Vec<LatLon>),
    /// Polygons, each an outer ring followed by its holes.
    Area(Vec<Vec<Vec<LatLon>>>),
}

/// A shape with the feature it belongs to.
#[derive(Debug)]
struct Feature {
    record: Rc<Record>,
    shape: Shape,
    /// 1-based number of the shape among its feature's shapes, when there are several; it is
    /// appended to the feature's id.
    part: Option<usize>,
}

/// Features sorted by what they become, since lines need every point's node to end at.
#[derive(Debug, Default)]
pub(super) struct Collected {
    points: Vec<Feature>,
    lines: Vec<Feature>,
    areas: Vec<Feature>,
}

impl Collected {
    /// Adds the shapes of one feature, numbering them when there are several.
    pub(super) fn add(&mut self, record: Record, shapes: Vec<Shape>) {
        let record = Rc::new(record);
        let several = shapes.len() > 1;
        for (i, shape) in shapes.into_iter().enumerate() {
            let feature = Feature {
                record: Rc::clone(&record),
                part: several.then_some(i + 1),
                shape,
            };
            match feature.shape {
                Shape::Point(_) => self.points.push(feature),
                Shape::Line(_) => self.lines.push(feature),
                Shape::Area(_) => self.areas.push(feature),
            }
        }
    }
}

/// Words a property may take, with their meaning.
pub(super) struct Vocabulary<T: 'static> {
    what: &'static str,
    /// The names the route format uses, in the order they are listed in messages.
    names: &'static [(&'static str, T)],
    /// Other words understood to mean the same.
    aliases: &'static [(&'static str, T)],
}

impl<T: Copy + PartialEq> Vocabulary<T> {
    /// The meaning of `text`, case, spaces and dashes aside; else a message that lists the words
    /// and suggests the closest.
    pub(super) fn read(&self, text: &str) -> Result<T, String> {
        let word: String = text
            .trim()
            .chars()
            .map(|c| match c {
                ' ' | '-' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        let all = || self.names.iter().chain(self.aliases);
        if let Some((_, meaning)) = all().find(|(name, _)| *name == word) {
            return Ok(*meaning);
        }
        let listed: Vec<&str> = self.names.iter().map(|(name, _)| *name).collect();
        let suggestion = closest(&word, all().map(|(name, _)| *name))
            .and_then(|near| all().find(|(name, _)| *name == near))
            .and_then(|(_, meaning)| self.names.iter().find(|(_, m)| m == meaning))
            .map(|(name, _)| format!("; did you mean '{name}'?"))
            .unwrap_or_else(|| ".".to_string());
        Err(format!(
            "{} '{}' is not one of {}{suggestion}",
            self.what,
            text.trim(),
            listed.join(", ")
        ))
    }

    pub(super) fn name(&self, meaning: T) -> &'static str {
        self.names
            .iter()
            .find(|(_, m)| *m == meaning)
            .map_or("", |(name, _)| name)
    }
}

const NODE_KINDS: Vocabulary<NodeKind> = Vocabulary {
    what: "kind",
    names: &[
        ("port", NodeKind::Port),
        ("rail_junction", NodeKind::RailJunction),
        ("border_crossing", NodeKind::BorderCrossing),
        ("city", NodeKind::City),
        ("terminal", NodeKind::Terminal),
        ("place", NodeKind::Place),
    ],
    aliases: &[
        ("sea_port", NodeKind::Port),
        ("seaport", NodeKind::Port),
        ("harbour", NodeKind::Port),
        ("harbor", NodeKind::Port),
        ("junction", NodeKind::RailJunction),
        ("station", NodeKind::RailJunction),
        ("rail_station", NodeKind::RailJunction),
        ("railway_station", NodeKind::RailJunction),
        ("border", NodeKind::BorderCrossing),
        ("checkpoint", NodeKind::BorderCrossing),
        ("town", NodeKind::City),
        ("oil_terminal", NodeKind::Terminal),
    ],
};

pub(super) const MODES: Vocabulary<LinkMode> = Vocabulary {
    what: "mode",
    names: &[
        ("rail", LinkMode::Rail),
        ("sea_ferry", LinkMode::SeaFerry),
        ("pipeline", LinkMode::Pipeline),
        ("subsea_cable", LinkMode::SubseaCable),
        ("road", LinkMode::Road),
        ("power", LinkMode::Power),
    ],
    aliases: &[
        ("railway", LinkMode::Rail),
        ("railroad", LinkMode::Rail),
        ("train", LinkMode::Rail),
        ("sea", LinkMode::SeaFerry),
        ("ferry", LinkMode::SeaFerry),
        ("ship", LinkMode::SeaFerry),
        ("shipping", LinkMode::SeaFerry),
        ("maritime", LinkMode::SeaFerry),
        ("pipe", LinkMode::Pipeline),
        ("cable", LinkMode::SubseaCable),
        ("submarine_cable", LinkMode::SubseaCable),
        ("highway", LinkMode::Road),
        ("motorway", LinkMode::Road),
        ("truck", LinkMode::Road),
        ("power_line", LinkMode::Power),
        ("powerline", LinkMode::Power),
        ("electricity", LinkMode::Power),
    ],
};

const STATUSES: Vocabulary<LinkStatus> = Vocabulary {
    what: "status",
    names: &[
        ("operating", LinkStatus::Operating),
        ("under_construction", LinkStatus::UnderConstruction),
        ("planned", LinkStatus::Planned),
    ],
    aliases: &[
        ("operational", LinkStatus::Operating),
        ("open", LinkStatus::Operating),
        ("existing", LinkStatus::Operating),
        ("active", LinkStatus::Operating),
        ("construction", LinkStatus::UnderConstruction),
        ("building", LinkStatus::UnderConstruction),
        ("proposed", LinkStatus::Planned),
        ("plan", LinkStatus::Planned),
    ],
};

const VALUE_KINDS: Vocabulary<ValueKind> = Vocabulary {
    what: "value kind",
    names: &[
        ("actual", ValueKind::Actual),
        ("estimate", ValueKind::Estimate),
        ("plan", ValueKind::Plan),
    ],
    aliases: &[
        ("estimated", ValueKind::Estimate),
        ("planned", ValueKind::Plan),
        ("target", ValueKind::Plan),
        ("forecast", ValueKind::Plan),
    ],
};

/// The year of `text`: a year such as `2024`, or the year a date such as `2024-05-01` or
/// `2024-05-01T10:00` falls in.
pub(super) fn year_of(text: &str) -> Option<i32> {
    let text = text.trim();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = text.get(digits..)?;
    let date = digits == 4 && rest.starts_with(['-', '/', 'T']);
    if digits == 0 || (!rest.is_empty() && !date) {
        return None;
    }
    text.get(..digits)?.parse().ok()
}

/// An amount of flow: a number of zero or more.
fn amount(raw: &Raw) -> Result<f64, String> {
    let number = match raw {
        Raw::Number(n) => Some(*n),
        Raw::Text(s) => s.trim().parse::<f64>().ok().filter(|n| n.is_finite()),
        Raw::Other(_) => None,
    };
    match number {
        Some(n) if n < 0.0 => Err(format!(
            "value {n} is negative; flows are amounts of zero or more"
        )),
        Some(n) => Ok(n),
        None => Err(format!(
            "value {} is not a number; give the amount as a plain number such as 4.5, with its \
             unit in a separate 'unit' property",
            raw.describe()
        )),
    }
}

/// A year for a flow value, in the range the checker accepts.
fn flow_year(raw: &Raw) -> Result<i32, String> {
    let year = match raw {
        Raw::Number(n) if n.fract() == 0.0 && n.abs() < 1e6 => Some(*n as i32),
        Raw::Text(s) => year_of(s),
        _ => None,
    };
    match year {
        Some(y) if YEARS.contains(&y) => Ok(y),
        Some(y) => Err(format!(
            "year {y} is out of range; use a year from {} to {}",
            YEARS.start(),
            YEARS.end()
        )),
        None => Err(format!(
            "year {} is not a whole year; give it as a number such as 2024",
            raw.describe()
        )),
    }
}

/// Cells of about a kilometre holding node positions and indices, so that a line's end finds the
/// nodes near it without looking at every node.
#[derive(Default)]
struct Grid {
    cells: HashMap<(i32, i32), Vec<(LatLon, usize)>>,
}

/// Cell size in degrees.
const CELL_DEGREES: f64 = 0.01;
const CELL_COLUMNS: i32 = 36_000;
/// Kilometres in a degree of latitude.
const KM_PER_DEGREE: f64 = 111.32;
/// How far east and west the search reaches near the poles, where a degree of longitude shrinks
/// to nothing; beyond it a line's end may miss a point, which then gets a junction beside it.
const MAX_LON_REACH_DEGREES: f64 = 2.0;

fn row(lat: f64) -> i32 {
    ((lat + 90.0) / CELL_DEGREES).floor() as i32
}

/// The column, not yet wrapped around the date line.
fn column(lon: f64) -> i32 {
    ((lon + 180.0) / CELL_DEGREES).floor() as i32
}

/// Great-circle distance in kilometres.
fn distance_km(a: LatLon, b: LatLon) -> f64 {
    let (la, lb) = (a.lat.to_radians(), b.lat.to_radians());
    let half_dlat = (lb - la) / 2.0;
    let half_dlon = (b.lon - a.lon).to_radians() / 2.0;
    let h = half_dlat.sin().powi(2) + la.cos() * lb.cos() * half_dlon.sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

impl Grid {
    fn insert(&mut self, p: LatLon, index: usize) {
        let cell = (row(p.lat), column(p.lon).rem_euclid(CELL_COLUMNS));
        self.cells.entry(cell).or_default().push((p, index));
    }

    /// The node nearest `p` within [`SNAP_KM`], looking only in the cells that overlap the box
    /// of that size around `p`.
    fn nearest(&self, p: LatLon) -> Option<usize> {
        let lat_reach = SNAP_KM / KM_PER_DEGREE;
        let lon_reach = (lat_reach / p.lat.to_radians().cos()).min(MAX_LON_REACH_DEGREES);
        let mut best: Option<(f64, usize)> = None;
        for r in row(p.lat - lat_reach)..=row(p.lat + lat_reach) {
            for c in column(p.lon - lon_reach)..=column(p.lon + lon_reach) {
                let Some(entries) = self.cells.get(&(r, c.rem_euclid(CELL_COLUMNS))) else {
                    continue;
                };
                for &(at, i) in entries {
                    let d = distance_km(p, at);
                    if d <= SNAP_KM && best.is_none_or(|(b, _)| d < b) {
                        best = Some((d, i));
                    }
                }
            }
        }
        best.map(|(_, i)| i)
    }
}

/// Ids handed out in one list, such as the nodes, so that each is unique.
#[derive(Default)]
struct Ids {
    /// Each id given, with the index of what it names.
    given: HashMap<String, usize>,
    /// Per wanted id, the last suffix tried, so a thousand repeats do not each count up from 2.
    last_suffix: HashMap<String, usize>,
    /// Per prefix, the last number generated.
    last_generated: HashMap<&'static str, usize>,
}

impl Ids {
    /// `wanted` if free, else `wanted-2`, `wanted-3`…
    fn claim(&mut self, wanted: &str, index: usize) -> String {
        if !self.given.contains_key(wanted) {
            self.given.insert(wanted.to_string(), index);
            return wanted.to_string();
        }
        let suffix = self.last_suffix.entry(wanted.to_string()).or_insert(1);
        loop {
            *suffix += 1;
            let id = format!("{wanted}-{suffix}");
            if !self.given.contains_key(&id) {
                self.given.insert(id.clone(), index);
                return id;
            }
        }
    }

    /// A new id `prefix-N` not given before.
    fn generate(&mut self, prefix: &'static str, index: usize) -> String {
        let last = self.last_generated.entry(prefix).or_default();
        loop {
            *last += 1;
            let id = format!("{prefix}-{last}");
            if !self.given.contains_key(&id) {
                self.given.insert(id.clone(), index);
                return id;
            }
        }
    }

    fn get(&self, id: &str) -> Option<usize> {
        self.given.get(id).copied()
    }
}

/// Gives each feature an id: the ones the file names first, so that a generated id never takes
/// a name the file uses, then `prefix-N` for the rest.
fn assign_ids(
    features: &[Feature],
    prefix: &'static str,
    ids: &mut Ids,
    notes: &mut Notes,
) -> Vec<String> {
    let mut assigned: Vec<Option<String>> = Vec::with_capacity(features.len());
    for (index, feature) in features.iter().enumerate() {
        let record = &feature.record;
        let Some(field) = record.properties.get(Slot::Id) else {
            assigned.push(None);
            continue;
        };
        let Some(base) = field.value.text() else {
            notes.warn(
                record.field(field),
                format!(
                    "the id is {}, not a text or number; {} gets a generated id",
                    field.value.describe(),
                    record.describe()
                ),
            );
            assigned.push(None);
            continue;
        };
        let wanted = match feature.part {
            Some(part) => format!("{base}-{part}"),
            None => base,
        };
        let id = ids.claim(&wanted, index);
        if id != wanted {
            notes.warn(
                record.field(field),
                format!(
                    "id '{wanted}' is already used by an earlier {prefix}; this one is imported \
                     as '{id}', so give each feature its own id if other features refer to it"
                ),
            );
        }
        assigned.push(Some(id));
    }
    assigned
        .into_iter()
        .enumerate()
        .map(|(index, id)| id.unwrap_or_else(|| ids.generate(prefix, index)))
        .collect()
}

/// Reads a property that takes one of a vocabulary's words; warns and uses `default` otherwise.
fn word<T: Copy + PartialEq>(
    record: &Record,
    field: Option<&Field>,
    vocabulary: &Vocabulary<T>,
    default: T,
    notes: &mut Notes,
) -> T {
    let Some(field) = field else { return default };
    let read = match field.value.text() {
        Some(text) => vocabulary.read(&text),
        None => Err(format!(
            "{} is {}, not a word.",
            vocabulary.what,
            field.value.describe()
        )),
    };
    read.unwrap_or_else(|message| {
        notes.warn(
            record.field(field),
            format!(
                "{message} {} is imported with {} '{}'.",
                capitalise(&record.describe()),
                vocabulary.what,
                vocabulary.name(default)
            ),
        );
        default
    })
}

pub(super) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn text_of(field: Option<&Field>) -> String {
    field.and_then(|f| f.value.text()).unwrap_or_default()
}

/// The link mode of a line that does not say: most lines in general GIS files are roads.
pub(super) const DEFAULT_MODE: LinkMode = LinkMode::Road;
/// The layer of flow values that do not name one.
const DEFAULT_LAYER: &str = "Imported flows";

/// Turns collected features into the nodes, links, layers and areas of `route`.
pub(super) fn build(
    collected: Collected,
    mut route: Route,
    file: &str,
    notes: &mut Notes,
) -> Route {
    route.sources.push(file_source(SOURCE_ID, file));
    let mut builder = Builder {
        route,
        node_ids: Ids::default(),
        grid: Grid::default(),
        junctions: HashMap::new(),
        layers: HashMap::new(),
        suggestions_left: SUGGESTIONS,
        unnamed: None,
    };
    builder.points(collected.points, notes);
    builder.lines(collected.lines, notes);
    builder.areas(collected.areas, notes);
    if let Some((first, count)) = builder.unnamed.take() {
        let message = match count {
            1 => "this point has no 'name' property; its id is shown as its name".to_string(),
            n => format!(
                "this point and {} other points have no 'name' property; their ids are shown as \
                 names",
                n - 1
            ),
        };
        notes.warn(first, message);
    }
    if builder.route.nodes.is_empty() && !notes.has_errors() {
        notes.error(
            Where::File,
            "found no points or lines to make places from; a route needs at least one place, \
             so add Point or LineString features",
        );
    }
    builder.route
}

struct Builder {
    route: Route,
    node_ids: Ids,
    grid: Grid,
    /// Nodes made for line ends that meet no point, by their position to about a metre, so that
    /// lines ending at the same spot share one.
    junctions: HashMap<(i64, i64), usize>,
    /// Flow layer index by layer name.
    layers: HashMap<String, usize>,
    suggestions_left: usize,
    /// The first point without a name, and how many there are.
    unnamed: Option<(Where, usize)>,
}

impl Builder {
    fn points(&mut self, points: Vec<Feature>, notes: &mut Notes) {
        let ids = assign_ids(&points, "node", &mut self.node_ids, notes);
        self.route.nodes.reserve(points.len());
        for (feature, id) in points.into_iter().zip(ids) {
            let Shape::Point(at) = feature.shape else {
                continue;
            };
            let record = &feature.record;
            let properties = &record.properties;
            let name = properties.name().unwrap_or_else(|| {
                match &mut self.unnamed {
                    Some((_, count)) => *count += 1,
                    None => self.unnamed = Some((record.whole(), 1)),
                }
                id.clone()
            });
            let kind = word(
                record,
                properties.get(Slot::Kind),
                &NODE_KINDS,
                NodeKind::Place,
                notes,
            );
            if let Some(field) = properties.get(Slot::Value) {
                notes.warn(
                    record.field(field),
                    format!(
                        "{} is a point, and flow values belong on lines; its value is left out",
                        capitalise(&record.describe())
                    ),
                );
            }
            let index = self.route.nodes.len();
            self.grid.insert(at, index);
            self.route.nodes.push(Node {
                id,
                name,
                local_name: String::new(),
                kind,
                country: text_of(properties.get(Slot::Country)),
                lat: at.lat,
                lon: at.lon,
                description: text_of(properties.get(Slot::Description)),
            });
        }
    }

    fn lines(&mut self, lines: Vec<Feature>, notes: &mut Notes) {
        let mut link_ids = Ids::default();
        let ids = assign_ids(&lines, "link", &mut link_ids, notes);
        self.route.links.reserve(lines.len());
        for (feature, id) in lines.into_iter().zip(ids) {
            let Shape::Line(mut via) = feature.shape else {
                continue;
            };
            let (Some(last), false) = (via.pop(), via.is_empty()) else {
                continue;
            };
            let first = via.remove(0);
            let record = &feature.record;
            let properties = &record.properties;
            let name = properties.name().unwrap_or_default();
            let label = if name.is_empty() { &id } else { &name };
            let from = self.end(
                record,
                properties.get(Slot::From),
                first,
                label,
                "start",
                notes,
            );
            let to = self.end(record, properties.get(Slot::To), last, label, "end", notes);
            let mode = word(
                record,
                properties.get(Slot::Mode),
                &MODES,
                DEFAULT_MODE,
                notes,
            );
            let status = word(
                record,
                properties.get(Slot::Status),
                &STATUSES,
                LinkStatus::Operating,
                notes,
            );
            let link = Link {
                id,
                name,
                from,
                to,
                mode,
                status,
                via,
                description: text_of(properties.get(Slot::Description)),
            };
            self.flow(record, &link, notes);
            self.route.links.push(link);
        }
    }

    /// The id of the node a line's end is at: the node its `from` or `to` property names, else
    /// the point within [`SNAP_KM`], else a junction made for it.
    fn end(
        &mut self,
        record: &Record,
        named: Option<&Field>,
        at: LatLon,
        line: &str,
        which: &str,
        notes: &mut Notes,
    ) -> String {
        if let Some(field) = named {
            match field.value.text() {
                Some(id) if self.node_ids.get(&id).is_some() => return id,
                Some(id) => {
                    let hint = self.suggest(&id);
                    notes.error(
                        record.field(field),
                        format!(
                            "'{}' names node '{id}', which no point in the file has{hint}",
                            field.key
                        ),
                    );
                }
                None => notes.error(
                    record.field(field),
                    format!(
                        "'{}' is {}; give the id of a point's node as text",
                        field.key,
                        field.value.describe()
                    ),
                ),
            }
        }
        let nodes = &self.route.nodes;
        if let Some(node) = self.grid.nearest(at).and_then(|i| nodes.get(i)) {
            return node.id.clone();
        }
        let spot = ((at.lat * 1e5).round() as i64, (at.lon * 1e5).round() as i64);
        if let Some(node) = self.junctions.get(&spot).and_then(|&i| nodes.get(i)) {
            return node.id.clone();
        }
        let index = self.route.nodes.len();
        let id = self.node_ids.generate("junction", index);
        self.junctions.insert(spot, index);
        self.route.nodes.push(Node {
            id: id.clone(),
            name: format!("{line} {which}"),
            local_name: String::new(),
            kind: NodeKind::Place,
            country: String::new(),
            lat: at.lat,
            lon: at.lon,
            description: String::new(),
        });
        id
    }

    fn suggest(&mut self, id: &str) -> String {
        if self.suggestions_left == 0 {
            return String::new();
        }
        self.suggestions_left -= 1;
        closest(id, self.node_ids.given.keys().map(String::as_str))
            .map(|near| format!("; did you mean '{near}'?"))
            .unwrap_or_else(|| "; give the id of a point in the file".to_string())
    }

    /// Files the line's `value` for its `year` into its layer.
    fn flow(&mut self, record: &Record, link: &Link, notes: &mut Notes) {
        let properties = &record.properties;
        let Some(value_field) = properties.get(Slot::Value) else {
            if let Some(field) = properties.get(Slot::Year) {
                notes.warn(
                    record.field(field),
                    "a year without a 'value' says nothing to show; it is left out",
                );
            }
            return;
        };
        let value = amount(&value_field.value)
            .map_err(|message| notes.error(record.field(value_field), message));
        let year = match properties.get(Slot::Year) {
            Some(field) => {
                flow_year(&field.value).map_err(|message| notes.error(record.field(field), message))
            }
            None => {
                notes.error(
                    record.field(value_field),
                    format!(
                        "{} has a value but no 'year'; add a 'year' property such as 2024",
                        capitalise(&record.describe())
                    ),
                );
                Err(())
            }
        };
        let kind_field = properties
            .get(Slot::ValueKind)
            .or(properties.get(Slot::Kind));
        let kind = word(record, kind_field, &VALUE_KINDS, ValueKind::Actual, notes);
        let (Ok(value), Ok(year)) = (value, year) else {
            return;
        };
        let layer_name = properties
            .get(Slot::Layer)
            .and_then(|f| f.value.text())
            .unwrap_or_else(|| DEFAULT_LAYER.to_string());
        let unit = text_of(properties.get(Slot::Unit));
        let index = self.layer(&layer_name, &unit);
        let Some(layer) = self.route.layers.get_mut(index) else {
            return;
        };
        if let Some(field) = properties.get(Slot::Unit)
            && !unit.is_empty()
            && unit != layer.unit
        {
            notes.warn(
                record.field(field),
                format!(
                    "unit '{unit}' differs from unit '{}' of layer '{layer_name}' given by an \
                     earlier feature; the value is shown in '{}', so put values in other units in \
                     a layer of their own with a 'layer' property",
                    layer.unit, layer.unit
                ),
            );
        }
        layer.values.push(FlowValue {
            from: link.from.clone(),
            to: link.to.clone(),
            links: vec![link.id.clone()],
            year,
            value: Some(value),
            kind,
            source: SOURCE_ID.to_string(),
            excerpt: String::new(),
            note: String::new(),
        });
    }

    /// The index of the layer named `name`, made with `unit` when it is new.
    fn layer(&mut self, name: &str, unit: &str) -> usize {
        if let Some(&index) = self.layers.get(name) {
            return index;
        }
        let index = self.route.layers.len();
        let mut id = super::slug(name, "flows");
        while self.route.layers.iter().any(|l| l.id == id) {
            id = format!("{id}-{}", index + 1);
        }
        self.route.layers.push(FlowLayer {
            id,
            name: name.to_string(),
            unit: unit.to_string(),
            color: PALETTE[index % PALETTE.len()].to_string(),
            description: String::new(),
            directed: true,
            values: Vec::new(),
        });
        self.layers.insert(name.to_string(), index);
        index
    }

    fn areas(&mut self, areas: Vec<Feature>, notes: &mut Notes) {
        let mut area_ids = Ids::default();
        let ids = assign_ids(&areas, "area", &mut area_ids, notes);
        for (feature, id) in areas.into_iter().zip(ids) {
            let Shape::Area(polygons) = feature.shape else {
                continue;
            };
            let record = &feature.record;
            let properties = &record.properties;
            let color = match properties.get(Slot::Color) {
                Some(field) => {
                    let color = text_of(Some(field));
                    if parse_rgb(&color).is_some() {
                        color
                    } else {
                        notes.warn(
                            record.field(field),
                            format!(
                                "colour {} is not of the form #rrggbb, such as \"#c2410c\"; the \
                                 area is drawn in the default grey",
                                field.value.describe()
                            ),
                        );
                        String::new()
                    }
                }
                None => String::new(),
            };
            self.route.areas.push(Area {
                id,
                name: properties.name().unwrap_or_default(),
                color,
                description: text_of(properties.get(Slot::Description)),
                polygons,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_come_from_years_and_dates() {
        assert_eq!(year_of("2024"), Some(2024));
        assert_eq!(year_of(" 2024-05-01 "), Some(2024));
        assert_eq!(year_of("2024-05-01T10:00:00Z"), Some(2024));
        assert_eq!(year_of("May 2024"), None);
        assert_eq!(year_of("20245"), Some(20245));
        assert_eq!(year_of(""), None);
        assert_eq!(flow_year(&Raw::Number(2024.5)).map_err(|_| ()), Err(()));
        assert!(flow_year(&Raw::Number(1700.0)).is_err_and(|m| m.contains("out of range")));
    }

    #[test]
    fn words_accept_aliases_and_suggest_the_closest() {
        assert_eq!(MODES.read("Sea ferry"), Ok(LinkMode::SeaFerry));
        assert_eq!(MODES.read("railway"), Ok(LinkMode::Rail));
        let message = NODE_KINDS.read("prot").expect_err("a typo");
        assert!(message.contains("did you mean 'port'"), "{message}");
        let message = NODE_KINDS.read("harbuor").expect_err("a typo of an alias");
        assert!(message.contains("did you mean 'port'"), "{message}");
    }

    #[test]
    fn grid_finds_the_nearest_node_within_a_kilometre() {
        let mut grid = Grid::default();
        let points = [(43.6, 51.2), (43.605, 51.2), (0.0, 179.999), (89.99, 10.0)];
        for (i, (lat, lon)) in points.into_iter().enumerate() {
            grid.insert(LatLon { lat, lon }, i);
        }
        let near = |lat, lon| grid.nearest(LatLon { lat, lon });
        assert_eq!(near(43.6041, 51.2), Some(1));
        assert_eq!(near(43.6, 51.2101), Some(0));
        assert_eq!(near(43.6, 51.22), None, "1.6 km away");
        assert_eq!(near(0.0, -179.995), Some(2), "across the date line");
        assert_eq!(
            near(89.995, 11.5),
            Some(3),
            "near the pole, where degrees are short"
        );
    }

    #[test]
    fn ids_stay_unique() {
        let mut ids = Ids::default();
        assert_eq!(ids.claim("a", 0), "a");
        assert_eq!(ids.claim("a", 1), "a-2");
        assert_eq!(ids.claim("a-3", 2), "a-3");
        assert_eq!(ids.claim("a", 3), "a-4");
        assert_eq!(ids.generate("a", 4), "a-1");
        assert_eq!(ids.generate("a", 5), "a-5");
    }
}
