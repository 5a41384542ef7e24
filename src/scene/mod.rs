//! What to draw. The route seen through a view becomes a [`Scene`] (what is on the map, in map
//! coordinates, with labels placed), which is lowered with what goes over the map into one
//! [`DisplayList`] of drawing primitives; the screen, the SVG writer and the PNG rasterizer only
//! translate that list.

pub mod bands;
mod build;
pub mod card;
pub mod display;
pub mod furniture;
mod geometry;
mod hit;
mod labels;
pub mod legend;
pub mod lower;
pub mod picture;
pub mod polyline;
pub mod scale_bar;
pub mod slide;
pub mod slide_cards;
pub mod slide_check;
pub mod slide_layout;
mod slide_room;
pub mod style;

use std::sync::Arc;

use ecolor::Color32;
use emath::{Align2, Vec2};

use crate::map::basemap::{BasemapMeshes, CountryMesh};
use crate::map::projection::MapPoint;

pub use bands::{Band, BandState, FlowView, LayerView};
pub use build::{MAX_LINES_DRAWN, PLAIN_LINE_WIDTH, build};
pub use display::DisplayList;
pub use geometry::RouteGeometry;
pub use hit::hit_test_bands;
pub use labels::NODE_LABEL_SIZE;
pub use picture::{Furniture, Picture};
pub use style::{Dash, Decoration, LineStyle, MarkerShape};

pub use crate::text::MeasureText;

/// What a primitive stands for, to find what is under the pointer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Node(usize),
    Link(usize),
    /// A flow band: the link it lies on, its layer, and the value (index into the layer's values).
    Flow {
        link: usize,
        layer: usize,
        value: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub points: Arc<[MapPoint]>,
    pub style: LineStyle,
    /// A wider stroke drawn under the line to lift it off the map.
    pub casing: Option<(f32, Color32)>,
    pub target: Option<Target>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub at: MapPoint,
    pub shape: MarkerShape,
    pub radius: f32,
    pub fill: Color32,
    pub stroke: (f32, Color32),
    /// A ring drawn around the marker, for the selected or hovered node.
    pub ring: Option<(f32, Color32)>,
    pub target: Option<Target>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub at: MapPoint,
    /// Screen offset from `at` to the anchor point of the text.
    pub offset: Vec2,
    pub anchor: Align2,
    pub text: String,
    pub size: f32,
    pub color: Color32,
    pub halo: Option<Color32>,
    pub bold: bool,
    /// The text's box, as measured when the label was placed.
    pub measured: Vec2,
}

/// One of the route's areas, ready to fill.
#[derive(Clone, Debug)]
pub struct AreaFill {
    pub mesh: Arc<CountryMesh>,
    pub fill: Color32,
    pub outline: Color32,
}

/// Everything on the map for one view.
#[derive(Clone, Debug, Default)]
pub struct Scene {
    pub basemap: Option<Arc<BasemapMeshes>>,
    /// Countries to tint as on the route, by index into the basemap's countries.
    pub route_countries: Vec<bool>,
    /// The route's areas, under its links.
    pub areas: Vec<AreaFill>,
    /// Links and flow bands in view left out because there are too many to draw; zooming in
    /// shows them.
    pub hidden_links: usize,
    pub hidden_flows: usize,
    /// Links drawn as plain thin lines because the view is crowded with them, under `lines`.
    pub plain_links: Option<PlainLinks>,
    pub lines: Vec<Line>,
    pub bands: Vec<Band>,
    /// Whether `bands` are too many to dress: each is drawn as a plain band of its colour and
    /// width, without arrows, dashes or moving marks.
    pub plain_bands: bool,
    pub markers: Vec<Marker>,
    pub labels: Vec<Label>,
}

/// Links in a crowded view, drawn from the route's prebuilt mesh.
#[derive(Clone, Debug)]
pub struct PlainLinks {
    /// Every link's path, and its colour as a plain line.
    pub paths: Arc<[Arc<[MapPoint]>]>,
    pub colors: Arc<[Color32]>,
    /// Indices of the links in view, in drawing order.
    pub links: Vec<usize>,
    /// Every link in drawing order, for a renderer that keeps them all and lets the GPU clip.
    pub order: Arc<[usize]>,
}

impl Scene {
    /// What the map says when it leaves links or flows out; `None` when it draws them all.
    pub fn hidden_note(&self) -> Option<String> {
        (self.hidden_links + self.hidden_flows > 0).then(|| {
            format!(
                "{} links and {} flows are not drawn at this zoom; zoom in to see them",
                self.hidden_links, self.hidden_flows
            )
        })
    }
}

/// How the scene is dressed: what is highlighted, how large labels are (larger on a
/// projector), and what labels must keep clear of.
#[derive(Clone, Debug, PartialEq)]
pub struct SceneOptions {
    pub highlight: Highlight,
    pub text_scale: f32,
    /// Parts of the screen covered by cards over the map: no label goes under them.
    pub covered: Vec<emath::Rect>,
    /// Nodes labelled before all others, wherever there is room clear of `covered`: the places
    /// a slide is about.
    pub first_labels: Vec<usize>,
    /// The language countries and seas are named in on the map (a code of
    /// [`crate::map::names::LANGUAGES`]); English where a name is not known in it.
    pub language: String,
}

impl Default for SceneOptions {
    /// Nothing highlighted, labels at their own size, nothing over the map, names in English.
    fn default() -> Self {
        SceneOptions::plain(Highlight::default(), 1.0)
    }
}

impl SceneOptions {
    /// Labels at `text_scale`, `highlight` shown, nothing over the map.
    pub fn plain(highlight: Highlight, text_scale: f32) -> Self {
        SceneOptions {
            highlight,
            text_scale,
            covered: Vec::new(),
            first_labels: Vec::new(),
            language: crate::map::names::ENGLISH.to_owned(),
        }
    }
}

/// What the view highlights.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Highlight {
    pub selected: Option<Target>,
    pub hovered: Option<Target>,
}

impl PartialEq for PlainLinks {
    /// The same links drawn from the same paths.
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.paths, &other.paths) && self.links == other.links
    }
}
