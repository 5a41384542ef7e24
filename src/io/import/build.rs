//! What GeoJSON and KML have in common: features with properties and a point, line or polygon,
//! turned into nodes, links, flow values and areas.
//!
//! The readers of each format check coordinates and hand over [`Collected`] features; the
//! builder gives them ids ([`super::ids`]), reads their properties ([`super::words`],
//! [`super::values`]), finds the nodes a line ends at ([`super::grid`]) and files flow values
//! into layers.

use std::collections::HashMap;

use crate::model::{
    Area, FlowLayer, FlowValue, LatLon, Link, LinkMode, LinkStatus, Node, NodeKind, Route,
    ValueKind, parse_rgb,
};

use super::feature::{Collected, Feature, Field, Record, Shape, Slot, text_of};
use super::grid::Grid;
use super::ids::{Ids, assign_ids};
use super::values::{amount, flow_year};
use super::words::{MODES, NODE_KINDS, STATUSES, VALUE_KINDS, word};
use super::{Notes, Where, file_source};
use crate::i18n::msg;
use crate::io::Words;

/// Id of the source every imported flow value cites: the imported file.
pub(super) const SOURCE_ID: &str = "import";

/// Colours given to flow layers in the order the layers are met.
pub(super) const PALETTE: [&str; 8] = [
    "#c2410c", "#1d4ed8", "#15803d", "#7c3aed", "#b91c1c", "#0e7490", "#a16207", "#be185d",
];

/// Unknown node ids that get a "did you mean": each suggestion compares against every node, so a
/// file full of wrong references gets suggestions only for the first few.
const SUGGESTIONS: usize = 50;

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
        notes.warn(
            first,
            Words::new(
                msg("problem-import-unnamed-points"),
                [("count", count.into()), ("others", (count - 1).into())],
            ),
        );
    }
    let route = builder.route;
    if !notes.has_errors() {
        match (route.nodes.is_empty(), route.areas.len()) {
            (true, 0) => notes.error(Where::File, Words::new(msg("problem-import-no-places"), [])),
            // Shown as it is, and said, since a map of areas alone has nothing to select.
            (true, areas) => notes.warn(
                Where::File,
                Words::new(msg("problem-import-areas-only"), [("count", areas.into())]),
            ),
            (false, _) => {}
        }
    }
    route
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
                let [record_is, name] = record.who();
                notes.warn(
                    record.field(field),
                    Words::new(msg("problem-import-value-on-point"), [record_is, name]),
                );
            }
            let index = self.route.nodes.len();
            self.grid.insert(at, index);
            self.route.nodes.push(Node {
                id,
                name: name.into(),
                local_name: String::new(),
                kind,
                country: text_of(properties.get(Slot::Country)),
                lat: at.lat,
                lon: at.lon,
                description: text_of(properties.get(Slot::Description)).into(),
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
                name: name.into(),
                from,
                to,
                mode,
                status,
                via,
                description: text_of(properties.get(Slot::Description)).into(),
            };
            self.flow(record, &link, notes);
            self.route.links.push(link);
        }
    }

    /// The id of the node a line's end is at: the node its `from` or `to` property names, else
    /// the point within [`super::grid::SNAP_KM`], else a junction made for it.
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
                    let (hint, suggestion) = self.suggest(&id);
                    notes.error(
                        record.field(field),
                        Words::new(
                            hint,
                            [
                                ("key", (&field.key).into()),
                                ("id", id.into()),
                                ("suggestion", suggestion.into()),
                            ],
                        ),
                    );
                }
                None => {
                    let [found, value] = field.value.said();
                    notes.error(
                        record.field(field),
                        Words::new(
                            msg("problem-import-end-not-text"),
                            [("key", (&field.key).into()), found, value],
                        ),
                    );
                }
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
            name: format!("{line} {which}").into(),
            local_name: String::new(),
            kind: NodeKind::Place,
            country: String::new(),
            lat: at.lat,
            lon: at.lon,
            description: Default::default(),
        });
        id
    }

    /// The message for an unknown node `id`, and the closest id, if there is one to suggest;
    /// only the first few unknown ids get a suggestion or a hint.
    fn suggest(&mut self, id: &str) -> (&'static str, String) {
        if self.suggestions_left == 0 {
            return (msg("problem-import-unknown-node-unhinted"), String::new());
        }
        self.suggestions_left -= 1;
        match crate::suggest::closest(id, self.node_ids.names()) {
            Some(near) => (
                msg("problem-import-unknown-node-suggested"),
                near.to_string(),
            ),
            None => (msg("problem-import-unknown-node"), String::new()),
        }
    }

    /// Files the line's `value` for its `year` into its layer.
    fn flow(&mut self, record: &Record, link: &Link, notes: &mut Notes) {
        let properties = &record.properties;
        let Some(value_field) = properties.get(Slot::Value) else {
            if let Some(field) = properties.get(Slot::Year) {
                notes.warn(
                    record.field(field),
                    Words::new(msg("problem-import-year-without-value"), []),
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
                let [record_is, name] = record.who();
                notes.error(
                    record.field(value_field),
                    Words::new(msg("problem-import-value-without-year"), [record_is, name]),
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
                Words::new(
                    msg("problem-import-unit-differs"),
                    [
                        ("unit", (&unit).into()),
                        ("shown", (&layer.unit).into()),
                        ("layer", (&layer_name).into()),
                    ],
                ),
            );
        }
        layer.values.push(FlowValue {
            from: link.from.clone(),
            to: link.to.clone(),
            links: vec![link.id.clone()],
            year: Some(year),
            period: String::new(),
            value: Some(value),
            kind,
            source: SOURCE_ID.to_string(),
            excerpt: String::new(),
            note: Default::default(),
            directed: None,
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
            name: name.into(),
            unit: unit.into(),
            color: PALETTE[index % PALETTE.len()].to_string(),
            description: Default::default(),
            directed: true,
            modes: Vec::new(),
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
                        let [found, value] = field.value.said();
                        notes.warn(
                            record.field(field),
                            Words::new(msg("problem-import-bad-colour"), [found, value]),
                        );
                        String::new()
                    }
                }
                None => String::new(),
            };
            self.route.areas.push(Area {
                id,
                name: properties.name().unwrap_or_default().into(),
                color,
                description: text_of(properties.get(Slot::Description)).into(),
                polygons,
            });
        }
    }
}
