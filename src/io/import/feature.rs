//! A feature as GeoJSON and KML give it: the properties this importer reads, where the feature
//! is in the file, and the points, lines and areas it is drawn as.

use std::rc::Rc;

use crate::model::LatLon;

use super::Where;
use super::values::Raw;

/// A property this importer reads, as found in the file.
#[derive(Clone, Debug)]
pub(super) struct Field {
    /// The key as written, for messages.
    pub(super) key: String,
    pub(super) value: Raw,
    /// Byte offset of the property in the text, where the format has one.
    offset: usize,
    /// Whether this is the feature's own id rather than one of its properties.
    member: bool,
    /// What the property means.
    slot: Slot,
    /// Which of several keys for the same thing wins: lower is preferred.
    rank: u8,
}

/// What a property means, whatever key the file gives it by.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Slot {
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

    pub(super) fn get(&self, slot: Slot) -> Option<&Field> {
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

    /// One of the feature's properties.
    pub(super) fn field(&self, field: &Field) -> Where {
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

    /// How a message names the feature ("feature 'Aktau'", "the feature at features[3]"), as
    /// its arguments: `record` is `feature-named`, `placemark-named`, `feature-at`, `label` or
    /// `feature`, and `name` the name, path or label it shows.
    pub(super) fn who(&self) -> [(&'static str, crate::i18n::Arg); 2] {
        let (record, name) = match (self.properties.name(), &self.at) {
            (Some(name), RecordAt::Json(_)) => ("feature-named", name.to_string()),
            (Some(name), RecordAt::Xml { .. }) => ("placemark-named", name.to_string()),
            (None, RecordAt::Json(path)) if path.is_empty() => ("feature", String::new()),
            (None, RecordAt::Json(path)) => ("feature-at", path.clone()),
            (None, RecordAt::Xml { label, .. }) => ("label", label.clone()),
        };
        [("record", record.into()), ("name", name.into())]
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
pub(super) struct Feature {
    pub(super) record: Rc<Record>,
    pub(super) shape: Shape,
    /// 1-based number of the shape among its feature's shapes, when there are several; it is
    /// appended to the feature's id.
    pub(super) part: Option<usize>,
}

/// Features sorted by what they become, since lines need every point's node to end at.
#[derive(Debug, Default)]
pub(super) struct Collected {
    pub(super) points: Vec<Feature>,
    pub(super) lines: Vec<Feature>,
    pub(super) areas: Vec<Feature>,
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

/// The text of a property, empty when the feature has none.
pub(super) fn text_of(field: Option<&Field>) -> String {
    field.and_then(|f| f.value.text()).unwrap_or_default()
}
