//! The route as plain data: nodes, links, sources, figures and quotes.
//!
//! Nothing here knows about egui or files; loaders in [`crate::io`] build a [`Route`] and check it,
//! the map and the panels only read it.

mod date;
mod text;

pub use date::{Dating, NOT_GIVEN};
pub use text::{DEFAULT_LANGUAGE, Text, TextPath};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::VariantArray;

/// The route file format version this build writes. Older versions are brought up to it by
/// [`crate::io::migrate`] when they are read.
pub const FORMAT_VERSION: u32 = 4;

/// A corridor: everything one route file describes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// Where an editor finds the JSON Schema for this file, such as `route.schema.json`; kept so
    /// that saving does not drop it.
    #[serde(rename = "$schema", default, skip_serializing_if = "String::is_empty")]
    pub schema: String,
    /// Format version of the file; see [`FORMAT_VERSION`].
    pub version: u32,
    /// The language of the route's plain texts, and of each text's default in an object of
    /// languages: a language code such as `en` or `ru`. English when absent.
    #[serde(default = "default_language")]
    pub language: String,
    pub id: String,
    pub title: Text,
    /// A paragraph shown on the corridor overview.
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub description: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    pub nodes: Vec<Node>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Figures attached to nodes, or to the whole corridor when `nodes` is empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Quotes and reported statements, attached to nodes, or to the whole corridor when `nodes`
    /// is empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    /// Points where the sources disagree with one another, kept rather than resolved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disagreements: Vec<Disagreement>,
    /// What moves along the links, year by year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layers: Vec<FlowLayer>,
    /// Slides that tell the corridor as a talk, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub story: Vec<Slide>,
    /// Regions drawn under the route, such as a free economic zone or a basin.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<Area>,
}

/// A region drawn as a translucent fill under the links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub name: Text,
    /// Fill colour as `#rrggbb`; empty for the default grey.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub color: String,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub description: Text,
    /// Polygons, each an outer ring followed by its holes; rings need not repeat their first point.
    pub polygons: Vec<Vec<Vec<LatLon>>>,
}

impl Area {
    /// The fill colour as red, green, blue; `None` when unset or not `#rrggbb`.
    pub fn rgb(&self) -> Option<[u8; 3]> {
        parse_rgb(&self.color)
    }
}

/// Reads `#rrggbb`.
pub fn parse_rgb(color: &str) -> Option<[u8; 3]> {
    let hex = color.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// A published text that figures and quotes are taken from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Headline or short title of the article.
    pub title: Text,
    /// Outlet that published it; empty when the article does not name one.
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub outlet: Text,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub author: Text,
    /// Publication date, `YYYY-MM-DD` or `YYYY-MM`; `"not given"` where the source prints none
    /// (see [`Dating`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Language code of the original text, such as `ru`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// File name or address the text can be found at.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
}

impl Source {
    /// Whether the reference is an address a reader can follow, rather than a file name.
    pub fn reference_is_address(&self) -> bool {
        self.reference.starts_with("https://") || self.reference.starts_with("http://")
    }
}

// `VariantArray` lists every variant, for legends and keys. (A doc comment on these enums would
// change the JSON Schema.)
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Port,
    RailJunction,
    BorderCrossing,
    City,
    Terminal,
    /// Any other place, such as an imported point that says nothing of what it is.
    Place,
}

impl NodeKind {
    pub fn label(self) -> &'static str {
        match self {
            NodeKind::Port => "Sea port",
            NodeKind::RailJunction => "Rail junction",
            NodeKind::BorderCrossing => "Border crossing",
            NodeKind::City => "City",
            NodeKind::Terminal => "Oil terminal",
            NodeKind::Place => "Place",
        }
    }
}

/// A place on the corridor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: String,
    pub name: Text,
    /// The name in the local language, when it differs.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub local_name: String,
    pub kind: NodeKind,
    pub country: String,
    /// Latitude in degrees, WGS84.
    pub lat: f64,
    /// Longitude in degrees, WGS84.
    pub lon: f64,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub description: Text,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum LinkMode {
    Rail,
    SeaFerry,
    Pipeline,
    SubseaCable,
    Road,
    Power,
}

impl LinkMode {
    pub fn label(self) -> &'static str {
        match self {
            LinkMode::Rail => "Rail",
            LinkMode::SeaFerry => "Sea ferry",
            LinkMode::Pipeline => "Pipeline",
            LinkMode::SubseaCable => "Subsea cable",
            LinkMode::Road => "Road",
            LinkMode::Power => "Power line",
        }
    }
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum LinkStatus {
    Operating,
    UnderConstruction,
    Planned,
}

impl LinkStatus {
    pub fn label(self) -> &'static str {
        match self {
            LinkStatus::Operating => "Operating",
            LinkStatus::UnderConstruction => "Under construction",
            LinkStatus::Planned => "Planned",
        }
    }
}

/// A point on the globe, in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// A connection between two nodes by one mode.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub id: String,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub name: Text,
    pub from: String,
    pub to: String,
    pub mode: LinkMode,
    pub status: LinkStatus,
    /// Points the link passes between its end nodes, so a ferry stays on water and a railway
    /// follows its valley.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<LatLon>,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub description: Text,
}

impl Link {
    /// The path from the `from` node through the `via` points to the `to` node.
    pub fn path_between(&self, from: &Node, to: &Node) -> Vec<LatLon> {
        let at = |n: &Node| LatLon {
            lat: n.lat,
            lon: n.lon,
        };
        std::iter::once(at(from))
            .chain(self.via.iter().copied())
            .chain(std::iter::once(at(to)))
            .collect()
    }
}

/// A number from a source, such as "4.5 Mt in 2024".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// Nodes the figure speaks of; empty for the corridor as a whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<String>,
    /// What is measured.
    pub label: Text,
    /// The value as the source gives it, with its unit.
    pub value: Text,
    pub source: String,
    /// The passage of the source the figure comes from, word for word.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub excerpt: String,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub note: Text,
}

/// A statement by a named person: their words as the source quotes them, or the source's own
/// words about what they said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: String,
    /// `quote` for the speaker's words as the source quotes them; `reported` for what the source
    /// says, in its own words, that the speaker said.
    #[serde(default, skip_serializing_if = "QuoteKind::is_quote")]
    pub kind: QuoteKind,
    /// Nodes the quote speaks of; empty for a corridor-wide statement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<String>,
    pub speaker: Text,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub role: Text,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub affiliation: Text,
    pub source: String,
    /// The source's words, verbatim: the speaker's words for a quote, which may leave out a
    /// passage marked `[…]`; the source's own sentence for a reported statement.
    pub text: String,
    /// Language code of `text`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// A translation made for this dataset, always shown marked as a translation; a plain string
    /// is a translation into the route's language (English for the built-in route).
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub translation: Text,
    /// When the words were said, if the source tells; `"not given"` where the source says they
    /// were said at another time but not when; empty where the source's date applies.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Why the quote is attached where it is, or what a reader needs to know of it.
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub note: Text,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    #[default]
    Quote,
    Reported,
}

impl QuoteKind {
    fn is_quote(&self) -> bool {
        *self == QuoteKind::Quote
    }
}

impl Quote {
    /// Whether this is the source's account of what the speaker said rather than their words.
    pub fn is_reported(&self) -> bool {
        self.kind == QuoteKind::Reported
    }
}

/// Two or more sources that give different figures for the same thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub id: String,
    pub topic: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<String>,
    pub claims: Vec<Claim>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub value: Text,
    pub source: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub excerpt: String,
}

/// One kind of flow, such as cargo tonnage or trade, with its values by year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FlowLayer {
    pub id: String,
    pub name: Text,
    /// Unit of every value, such as "Mt" or "USD M".
    pub unit: Text,
    /// Colour as `#rrggbb`.
    pub color: String,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub description: Text,
    /// Whether the flow runs one way (drawn with arrowheads) or both ways, as trade does. Say
    /// `false` where the sources give no direction.
    #[serde(default = "default_true")]
    pub directed: bool,
    /// The kinds of link the layer's flows travel, such as oil by pipeline, sea and rail; a
    /// value without `links` is routed over these alone. Empty for any kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modes: Vec<LinkMode>,
    pub values: Vec<FlowValue>,
}

impl FlowLayer {
    /// The layer's colour as red, green, blue; `None` if `color` is not `#rrggbb`.
    pub fn rgb(&self) -> Option<[u8; 3]> {
        parse_rgb(&self.color)
    }
}

fn default_true() -> bool {
    true
}

fn default_language() -> String {
    DEFAULT_LANGUAGE.to_string()
}

impl Default for Route {
    fn default() -> Self {
        Route {
            schema: String::new(),
            version: 0,
            language: default_language(),
            id: String::new(),
            title: Text::default(),
            description: Text::default(),
            sources: Vec::new(),
            nodes: Vec::new(),
            links: Vec::new(),
            figures: Vec::new(),
            quotes: Vec::new(),
            disagreements: Vec::new(),
            layers: Vec::new(),
            story: Vec::new(),
            areas: Vec::new(),
        }
    }
}

/// How sure a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    Actual,
    Estimate,
    Plan,
}

impl ValueKind {
    pub fn label(self) -> &'static str {
        match self {
            ValueKind::Actual => "actual",
            ValueKind::Estimate => "estimate",
            ValueKind::Plan => "plan or target",
        }
    }
}

/// A flow between two nodes in one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FlowValue {
    pub from: String,
    pub to: String,
    /// Links the flow runs along, in order from `from` to `to`; empty to take the shortest way
    /// through the route's links of the layer's modes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// The year the value is for; `None` where the source gives none, as for a target with no
    /// date: such values are shown apart, never placed in a year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The months of `year` the value covers when it is for part of the year only, as
    /// `YYYY-MM/YYYY-MM` (`2025-01/2025-08` for January to August); empty for the whole year.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub period: String,
    /// The amount in the layer's unit; absent where the source gives a status but no amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    pub kind: ValueKind,
    pub source: String,
    /// The passage of the source the value comes from, word for word.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub excerpt: String,
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub note: Text,
    /// Whether the source gives this value a direction, from `from` to `to`; `None` for the
    /// layer's `directed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directed: Option<bool>,
}

impl FlowValue {
    /// Whether the value runs one way, from `from` to `to`, and is drawn with an arrowhead.
    pub fn is_directed(&self, layer: &FlowLayer) -> bool {
        self.directed.unwrap_or(layer.directed)
    }
}

impl FlowLayer {
    /// Whether values of this layer may run along a link of `mode`.
    pub fn travels(&self, mode: LinkMode) -> bool {
        self.modes.is_empty() || self.modes.contains(&mode)
    }
}

/// One step of a talk: where the map looks, what it shows, and what is said.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    pub title: Text,
    /// A sentence or two shown under the title.
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub text: Text,
    #[serde(default, skip_serializing_if = "Focus::is_whole_route")]
    pub focus: Focus,
    /// Ids of the flow layers to show; `None` leaves every layer on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layers: Option<Vec<String>>,
    /// The year the flows are shown for; `None` keeps the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Shows the values whose source gives no year (the timeline's last stop) instead of a
    /// year's; `year` is then left unused.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_year: bool,
    /// Ids of quotes to show, large.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<String>,
    /// For the speaker only: shown in the presenter view.
    #[serde(default, skip_serializing_if = "Text::is_absent")]
    pub notes: Text,
    /// Seconds this slide stays up when the talk plays by itself; `None` for the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
}

impl Slide {
    /// The flows the slide shows: `Some(Some(year))` for a year's, `Some(None)` for the values
    /// with no year given, `None` to keep what is shown.
    pub fn shown_year(&self) -> Option<Option<i32>> {
        if self.no_year {
            Some(None)
        } else {
            self.year.map(Some)
        }
    }
}

/// What a slide looks at: nodes, a box, or both; empty for the whole route.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Focus {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounds: Option<Bounds>,
}

impl Focus {
    /// Whether the slide looks at the whole route, as a focus left out of the file does.
    pub fn is_whole_route(&self) -> bool {
        self.nodes.is_empty() && self.bounds.is_none()
    }
}

/// A box in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bounds {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

impl Route {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Quotes and reported statements that speak of this node.
    pub fn quotes_for<'a>(&'a self, node_id: &'a str) -> impl Iterator<Item = &'a Quote> + 'a {
        self.quotes
            .iter()
            .filter(move |q| q.nodes.iter().any(|n| n == node_id))
    }

    /// How many quotes, not counting reported statements, speak of this node: what a place's
    /// "3 quotes" counts.
    pub fn quote_count_for(&self, node_id: &str) -> usize {
        self.quotes_for(node_id)
            .filter(|q| !q.is_reported())
            .count()
    }

    /// Quotes and reported statements about the corridor as a whole.
    pub fn corridor_quotes(&self) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(|q| q.nodes.is_empty())
    }

    pub fn figures_for<'a>(&'a self, node_id: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures
            .iter()
            .filter(move |f| f.nodes.iter().any(|n| n == node_id))
    }

    pub fn corridor_figures(&self) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(|f| f.nodes.is_empty())
    }

    pub fn disagreements_for<'a>(
        &'a self,
        node_id: &'a str,
    ) -> impl Iterator<Item = &'a Disagreement> + 'a {
        self.disagreements
            .iter()
            .filter(move |d| d.nodes.iter().any(|n| n == node_id))
    }

    /// The link's full path from its first node to its last, through its `via` points.
    /// `None` when an end node is missing (a route that passed checking always has both).
    pub fn link_path(&self, link: &Link) -> Option<Vec<LatLon>> {
        Some(link.path_between(self.node(&link.from)?, self.node(&link.to)?))
    }

    /// The link's name, or "From – To" when it has none.
    pub fn link_title<'a>(&'a self, link: &'a Link) -> String {
        if !link.name.is_empty() {
            return link.name.to_string();
        }
        let name = |id: &'a str| self.node(id).map_or(id, |n| n.name.as_str());
        format!("{} – {}", name(&link.from), name(&link.to))
    }

    /// Links that start or end at this node.
    pub fn links_at<'a>(&'a self, node_id: &'a str) -> impl Iterator<Item = &'a Link> + 'a {
        self.links
            .iter()
            .filter(move |l| l.from == node_id || l.to == node_id)
    }
}

/// A route whose story has `n` slides titled "Slide 0", "Slide 1", …: for tests of the talk.
#[cfg(test)]
pub(crate) fn route_with_slides(n: usize) -> Route {
    Route {
        story: (0..n)
            .map(|i| Slide {
                title: format!("Slide {i}").into(),
                ..Slide::default()
            })
            .collect(),
        ..Route::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_node_kind_has_a_label() {
        assert!(!NodeKind::VARIANTS.is_empty());
        for kind in NodeKind::VARIANTS {
            assert!(!kind.label().is_empty(), "{kind:?} has no label");
        }
    }

    #[test]
    fn every_link_mode_has_a_label() {
        assert!(!LinkMode::VARIANTS.is_empty());
        for mode in LinkMode::VARIANTS {
            assert!(!mode.label().is_empty(), "{mode:?} has no label");
        }
    }

    #[test]
    fn every_link_status_has_a_label() {
        assert!(!LinkStatus::VARIANTS.is_empty());
        for status in LinkStatus::VARIANTS {
            assert!(!status.label().is_empty(), "{status:?} has no label");
        }
    }
}
