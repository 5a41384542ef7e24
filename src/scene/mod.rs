//! What to draw, built from the route and the view, in map coordinates with sizes in screen
//! points. The screen painter and any exporter draw the same [`Scene`].

pub mod bands;
pub mod scale_bar;
pub mod strips;
pub mod style;

use std::sync::Arc;

use egui::{Align2, Color32, Pos2, Rect, Vec2, pos2, vec2};

use crate::map::basemap::{BasemapMeshes, CountryMesh};
use crate::map::camera::ScreenTransform;
use crate::map::projection::{MapPoint, Projection, bounding_box};
use crate::model::{LinkStatus, NodeKind, Route};

pub use bands::{Band, BandState, FlowView, LayerView};
pub use strips::Strips;
pub use style::{Dash, Decoration, LineStyle, MarkerShape};

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

/// How the scene is dressed: what is highlighted, and how large labels are (larger on a
/// projector).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SceneOptions {
    pub highlight: Highlight,
    pub text_scale: f32,
}

/// What the view highlights.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Highlight {
    pub selected: Option<Target>,
    pub hovered: Option<Target>,
}

/// Measures text for label placement: (text, size, bold) to its size in screen points.
pub type MeasureText<'a> = dyn Fn(&str, f32, bool) -> Vec2 + 'a;

/// Seas named on the map, with a place inside each (lat, lon).
pub const SEAS: &[(&str, f64, f64)] = &[
    ("Caspian Sea", 41.6, 51.0),
    ("Black Sea", 43.3, 34.0),
    ("Mediterranean Sea", 34.2, 19.5),
    ("Sea of Azov", 46.1, 36.6),
    ("Persian Gulf", 27.0, 51.3),
    ("Red Sea", 20.0, 38.6),
    ("Arabian Sea", 15.0, 63.0),
    ("Aegean Sea", 38.8, 25.0),
    ("Baltic Sea", 58.0, 19.8),
    ("Arctic Ocean", 78.0, 60.0),
    ("Indian Ocean", -10.0, 75.0),
    ("Atlantic Ocean", 30.0, -40.0),
    ("Pacific Ocean", 20.0, 170.0),
    ("Bay of Bengal", 15.0, 88.0),
    ("South China Sea", 14.0, 114.0),
    ("North Sea", 56.0, 3.0),
];

pub const NODE_LABEL_SIZE: f32 = 15.0;
const COUNTRY_LABEL_SIZE: f32 = 13.0;
const SEA_LABEL_SIZE: f32 = 13.0;

/// Where the route's nodes and links lie on the map plane; computed once per route and projection.
#[derive(Clone, Debug, Default)]
pub struct RouteGeometry {
    pub projection: Projection,
    pub nodes: Vec<MapPoint>,
    /// Each link's path, densified so it bends as the projection bends; empty when an end node
    /// is missing.
    pub links: Arc<[Arc<[MapPoint]>]>,
    /// The box around each link's path; `None` when it has none.
    pub link_bounds: Vec<Option<(MapPoint, MapPoint)>>,
    /// Every link's colour as a plain thin line, for crowded views.
    pub plain_colors: Arc<[Color32]>,
    /// Links in drawing order: wide, quiet lines under narrow ones; planned under built.
    pub link_order: Arc<[usize]>,
    /// Every country some node is in, once.
    pub countries: Vec<String>,
    /// Tells geometries apart, so caches built from one are not used with another.
    pub generation: u64,
    /// For each layer and value, the links the flow runs along; empty when it has no way.
    pub flow_legs: Vec<Vec<Vec<crate::flows::Leg>>>,
    /// The route's areas, triangulated; `None` for an area with nothing to draw.
    pub areas: Vec<Option<Arc<CountryMesh>>>,
    /// How many links meet at each node.
    pub links_at: Vec<usize>,
    /// Nodes in the order they are offered room for a label, highlighted ones aside; sorted once
    /// here rather than every frame.
    pub label_order: Vec<usize>,
}

impl RouteGeometry {
    pub fn new(route: &Route, projection: &Projection) -> Self {
        static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let ways = crate::flows::Ways::new(route);
        let links: Vec<Arc<[MapPoint]>> = route
            .links
            .iter()
            .map(|l| {
                ways.link_path(l)
                    .map(|path| densify(projection, &path))
                    .unwrap_or_default()
                    .into()
            })
            .collect();
        let mut link_order: Vec<usize> = (0..route.links.len()).collect();
        link_order.sort_by_key(|&i| {
            let l = &route.links[i];
            (
                std::cmp::Reverse((style::link_style(l.mode, l.status).width * 10.0) as i32),
                std::cmp::Reverse(l.status as u8),
            )
        });
        let mut countries: Vec<String> = route.nodes.iter().map(|n| n.country.clone()).collect();
        countries.sort_unstable();
        countries.dedup();
        let mut geometry = RouteGeometry {
            projection: *projection,
            nodes: route
                .nodes
                .iter()
                .map(|n| projection.project(n.lat, n.lon))
                .collect(),
            link_bounds: links
                .iter()
                .map(|p| bounding_box(p.iter().copied()))
                .collect(),
            links: links.into(),
            plain_colors: route
                .links
                .iter()
                .map(|l| style::link_style(l.mode, l.status).color)
                .collect(),
            link_order: link_order.into(),
            countries,
            generation: GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            flow_legs: route
                .layers
                .iter()
                .map(|layer| {
                    layer
                        .values
                        .iter()
                        .map(|v| ways.legs(v).unwrap_or_default())
                        .collect()
                })
                .collect(),
            areas: route
                .areas
                .iter()
                .map(|area| area_mesh(projection, area).map(Arc::new))
                .collect(),
            links_at: {
                let mut count = vec![0; route.nodes.len()];
                for link in &route.links {
                    for end in [&link.from, &link.to] {
                        if let Some(c) = ways.node(end).and_then(|i| count.get_mut(i)) {
                            *c += 1;
                        }
                    }
                }
                count
            },
            label_order: Vec::new(),
        };
        geometry.label_order = label_order(route, &geometry.links_at);
        geometry
    }

    /// Map-plane box around every node and link.
    pub fn bounds(&self) -> Option<(MapPoint, MapPoint)> {
        bounding_box(
            self.nodes
                .iter()
                .chain(self.links.iter().flat_map(|l| l.iter()))
                .copied(),
        )
    }

    /// The link under screen point `p`, if any.
    pub fn hit_test_links(&self, route: &Route, view: &ScreenTransform, p: Pos2) -> Option<Target> {
        let at = view.screen_to_map(p);
        let widest = <crate::model::LinkMode as strum::VariantArray>::VARIANTS
            .iter()
            .flat_map(|&m| {
                <LinkStatus as strum::VariantArray>::VARIANTS
                    .iter()
                    .map(move |&s| style::link_style(m, s).width)
            })
            .fold(0.0, f32::max);
        // Only links whose box comes within reach of the pointer are measured.
        let near = (LINE_HIT_DISTANCE.max(widest) as f64 + 1.0) * view.camera.km_per_px;
        route
            .links
            .iter()
            .enumerate()
            .filter(|&(i, _)| {
                self.link_bounds
                    .get(i)
                    .copied()
                    .flatten()
                    .is_some_and(|(lo, hi)| {
                        at.x >= lo.x - near
                            && at.x <= hi.x + near
                            && at.y >= lo.y - near
                            && at.y <= hi.y + near
                    })
            })
            .filter_map(|(i, l)| {
                let points: Vec<Pos2> = self.links[i]
                    .iter()
                    .map(|&q| view.map_to_screen(q))
                    .collect();
                let reach = LINE_HIT_DISTANCE.max(style::link_style(l.mode, l.status).width);
                let d = distance_to_polyline(p, &points);
                (d <= reach).then_some((d, Target::Link(i)))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, t)| t)
    }
}

fn area_mesh(projection: &Projection, area: &crate::model::Area) -> Option<CountryMesh> {
    use geo::{Coord, LineString, MultiPolygon, Polygon};
    let ring = |points: &Vec<crate::model::LatLon>| {
        LineString::new(
            points
                .iter()
                .map(|p| Coord { x: p.lon, y: p.lat })
                .collect(),
        )
    };
    let polygons = area
        .polygons
        .iter()
        .filter_map(|rings| {
            let (outer, holes) = rings.split_first()?;
            Some(Polygon::new(ring(outer), holes.iter().map(ring).collect()))
        })
        .collect();
    crate::map::basemap::shape_mesh(projection, &area.name, &MultiPolygon(polygons))
}

/// The flow band under screen point `p`, if any; the topmost when bands touch.
pub fn hit_test_bands(bands: &[Band], view: &ScreenTransform, p: Pos2) -> Option<Target> {
    let at = view.screen_to_map(p);
    bands.iter().rev().find_map(|band| {
        // A band whose box is out of reach of the pointer is not measured.
        let near = f64::from(band.offset.abs() + band.width / 2.0 + 3.0) * view.camera.km_per_px;
        let (lo, hi) = bounding_box(band.points.iter().copied())?;
        if at.x < lo.x - near || at.x > hi.x + near || at.y < lo.y - near || at.y > hi.y + near {
            return None;
        }
        let screen: Vec<Pos2> = band.points.iter().map(|&q| view.map_to_screen(q)).collect();
        let shifted = offset_polyline(&screen, band.offset);
        (distance_to_polyline(p, &shifted) <= band.width / 2.0 + 2.0).then_some(Target::Flow {
            link: band.link,
            layer: band.layer,
            value: band.value,
        })
    })
}

/// Above this many places on screen, they are drawn as dots and labels may cover them.
const CROWDED_MARKERS: usize = 2_000;
/// Above this many links in view, they are drawn as plain thin lines.
const CROWDED_LINES: usize = 3_000;
/// Above this many flow bands in view, they are drawn plain.
const CROWDED_BANDS: usize = 3_000;
/// Width of a link drawn as a plain thin line, in screen points.
pub const PLAIN_LINE_WIDTH: f32 = 1.0;
/// At most this many links, and as many flow bands, are drawn at once, so a huge network cannot
/// overflow the GPU's buffers; the map says how many are left out until the view zooms in.
pub const MAX_LINES_DRAWN: usize = 1_000_000;
/// Places, best first, that are tried for a label; a screen holds far fewer.
const LABEL_CANDIDATES: usize = 5_000;

/// How far, in screen points, the pointer may be from a line to hover it.
const LINE_HIT_DISTANCE: f32 = 7.0;

/// Builds the scene for `route` seen through `view`.
pub fn build(
    route: &Route,
    geometry: &RouteGeometry,
    view: &ScreenTransform,
    basemap: Option<Arc<BasemapMeshes>>,
    bands: &[Band],
    options: SceneOptions,
    measure: &MeasureText<'_>,
) -> Scene {
    let SceneOptions {
        highlight,
        text_scale,
    } = options;
    let node_points = &geometry.nodes;

    let (view_min, view_max) = view.visible_map_rect();
    let link_in_view = |i: usize| {
        geometry
            .link_bounds
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|(lo, hi)| {
                lo.x <= view_max.x && hi.x >= view_min.x && lo.y <= view_max.y && hi.y >= view_min.y
            })
    };
    let mut order: Vec<usize> = geometry
        .link_order
        .iter()
        .copied()
        .filter(|&i| link_in_view(i) && geometry.links[i].len() >= 2)
        .collect();
    let mut bands: Vec<Band> = bands
        .iter()
        .filter(|b| link_in_view(b.link))
        .cloned()
        .collect();
    let plain_bands = bands.len() > CROWDED_BANDS;
    let hidden_flows = bands.len().saturating_sub(MAX_LINES_DRAWN);
    bands.truncate(MAX_LINES_DRAWN);
    let hidden_links = order.len().saturating_sub(MAX_LINES_DRAWN);
    order.truncate(MAX_LINES_DRAWN);
    // A dense network is drawn in plain thin lines from one mesh: ties and dashes on thousands
    // of links would only blur, and cost more than a frame. A highlighted link is still lifted
    // out on top.
    let crowded_lines = order.len() > CROWDED_LINES;
    let mut lines = Vec::new();
    let plain_links = crowded_lines.then(|| {
        let highlighted: Vec<usize> = [highlight.selected, highlight.hovered]
            .into_iter()
            .filter_map(|t| match t {
                Some(Target::Link(i)) if order.contains(&i) => Some(i),
                _ => None,
            })
            .collect();
        PlainLinks {
            paths: Arc::clone(&geometry.links),
            colors: Arc::clone(&geometry.plain_colors),
            links: std::mem::replace(&mut order, highlighted),
            order: Arc::clone(&geometry.link_order),
        }
    });
    for i in order {
        let link = &route.links[i];
        let points = Arc::clone(&geometry.links[i]);
        let mut style = style::link_style(link.mode, link.status);
        if crowded_lines {
            style.width = PLAIN_LINE_WIDTH;
            style.dash = style::Dash::Solid;
            style.decoration = style::Decoration::None;
        }
        let target = Some(Target::Link(i));
        let emphasis = if highlight.selected == target {
            Some((style.width + 8.0, style::SELECTED.gamma_multiply(0.6)))
        } else if highlight.hovered == target {
            Some((style.width + 7.0, style::HOVERED.gamma_multiply(0.45)))
        } else {
            None
        };
        if emphasis.is_some() {
            style.width += 1.0;
        }
        lines.push(Line {
            points,
            style,
            casing: emphasis.or((!crowded_lines).then_some((
                style.width + 2.5,
                Color32::from_rgba_unmultiplied(255, 255, 255, 170),
            ))),
            target,
        });
    }

    let marker_room = view.screen.expand(20.0);
    let on_screen: Vec<usize> = (0..route.nodes.len())
        .filter(|&i| marker_room.contains(view.map_to_screen(node_points[i])))
        .collect();
    // Where places carpet the screen, they are drawn as dots, and labels may cover them.
    let crowded = on_screen.len() > CROWDED_MARKERS;
    let mut markers = Vec::with_capacity(on_screen.len());
    for i in on_screen {
        let Some(node) = route.nodes.get(i) else {
            continue;
        };
        let (shape, radius) = if crowded {
            (MarkerShape::Circle, 2.0)
        } else {
            style::node_marker(node.kind)
        };
        let target = Some(Target::Node(i));
        let ring = if highlight.selected == target {
            Some((radius + 5.0, style::SELECTED))
        } else if highlight.hovered == target {
            Some((radius + 4.0, style::HOVERED))
        } else {
            None
        };
        markers.push(Marker {
            at: node_points[i],
            shape,
            radius,
            fill: style::NODE_FILL,
            stroke: (if crowded { 0.0 } else { 1.8 }, style::NODE_STROKE),
            ring,
            target,
        });
    }

    let mut placer = LabelPlacer::new(view.screen);
    for m in markers.iter().filter(|_| !crowded) {
        let c = view.map_to_screen(m.at);
        // A margin round each marker, so no label seems to belong to a neighbour.
        placer.occupy(Rect::from_center_size(c, Vec2::splat(m.radius * 2.0 + 8.0)));
    }
    let mut labels = node_labels(
        route,
        geometry,
        view,
        highlight,
        NODE_LABEL_SIZE * text_scale,
        measure,
        &mut placer,
    );

    let route_countries = basemap
        .as_ref()
        .map(|b| {
            let mut on = vec![false; b.countries.len()];
            for country in &geometry.countries {
                if let Some(i) = b.countries.iter().position(|c| &c.name == country) {
                    on[i] = true;
                }
            }
            on
        })
        .unwrap_or_default();

    labels.extend(flow_labels(
        route,
        &bands,
        view,
        FLOW_LABEL_SIZE * text_scale,
        measure,
        &mut placer,
    ));
    labels.extend(area_labels(route, geometry, view, measure, &mut placer));
    labels.extend(sea_labels(&geometry.projection, view, measure, &mut placer));
    if let Some(b) = &basemap {
        labels.extend(country_labels(b, view, measure, &mut placer));
    }

    let areas = route
        .areas
        .iter()
        .zip(&geometry.areas)
        .filter_map(|(area, mesh)| {
            let [r, g, b] = area.rgb().unwrap_or(style::AREA_RGB);
            Some(AreaFill {
                mesh: Arc::clone(mesh.as_ref()?),
                fill: Color32::from_rgba_unmultiplied(r, g, b, 60),
                outline: Color32::from_rgba_unmultiplied(r, g, b, 200),
            })
        })
        .collect();

    Scene {
        basemap,
        route_countries,
        areas,
        hidden_links,
        hidden_flows,
        plain_links,
        lines,
        bands,
        plain_bands,
        markers,
        labels,
    }
}

/// The value of each band that carries an amount, beside the band's middle.
fn flow_labels(
    route: &Route,
    bands: &[Band],
    view: &ScreenTransform,
    size: f32,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let mut labels = Vec::new();
    // Whether each layer's value has been labelled (or tried) already.
    let mut done: Vec<Vec<bool>> = route
        .layers
        .iter()
        .map(|l| vec![false; l.values.len()])
        .collect();
    for band in bands {
        let BandState::Value { amount: true, .. } = band.state else {
            continue;
        };
        match done.get_mut(band.layer).and_then(|l| l.get_mut(band.value)) {
            Some(true) | None => continue,
            Some(seen) => *seen = true,
        }
        let Some(value) = route.layers.get(band.layer).and_then(|l| {
            let v = l.values.get(band.value)?;
            Some(crate::flows::format_amount(v.value?, &l.unit))
        }) else {
            continue;
        };
        let screen: Vec<Pos2> = band.points.iter().map(|&p| view.map_to_screen(p)).collect();
        let shifted = offset_polyline(&screen, band.offset);
        let total = polyline_length(&shifted);
        let text_size = measure(&value, size, true);
        let reach = band.width / 2.0 + 3.0;
        // Beside the band, as near its middle as there is room.
        let mut candidates: Vec<Rect> = Vec::new();
        let mut anchors: Vec<(Pos2, Vec2)> = Vec::new();
        for fraction in [0.5, 0.35, 0.65, 0.2, 0.8] {
            let Some((at, dir)) = point_at(&shifted, total, fraction) else {
                continue;
            };
            let normal = vec2(-dir.y, dir.x);
            for side in [1.0_f32, -1.0] {
                let centre = at
                    + normal
                        * side
                        * (reach + text_size.y / 2.0 + text_size.x * 0.5 * normal.x.abs());
                candidates.push(Rect::from_center_size(centre, text_size));
                anchors.push((at, centre - at));
            }
        }
        if let Some(chosen) = placer.place(&candidates, false) {
            let (at, offset) = anchors[chosen];
            labels.push(Label {
                at: view.screen_to_map(at),
                offset,
                anchor: Align2::CENTER_CENTER,
                text: value,
                size,
                color: band.color.to_opaque(),
                halo: Some(style::HALO),
                bold: true,
            });
        }
    }
    labels
}

const FLOW_LABEL_SIZE: f32 = 13.0;

/// The point a `fraction` of the way along a polyline, with the direction there.
pub fn point_at_fraction(points: &[Pos2], fraction: f32) -> Option<(Pos2, Vec2)> {
    point_at(points, polyline_length(points), fraction)
}

/// As [`point_at_fraction`], for a polyline `total` long, so several points along one line
/// measure it once.
fn point_at(points: &[Pos2], total: f32, fraction: f32) -> Option<(Pos2, Vec2)> {
    points_along(points, total.max(1.0), total * fraction.clamp(0.0, 1.0))
        .into_iter()
        .next()
}

fn polyline_length(points: &[Pos2]) -> f32 {
    points.windows(2).map(|w| w[0].distance(w[1])).sum()
}

/// The polyline moved `d` screen points to the left of its direction of travel, with mitred
/// corners (limited, so sharp turns don't spike).
pub fn offset_polyline(points: &[Pos2], d: f32) -> Vec<Pos2> {
    if d == 0.0 || points.len() < 2 {
        return points.to_vec();
    }
    let normal = |a: Pos2, b: Pos2| {
        let v = (b - a).normalized();
        vec2(v.y, -v.x)
    };
    let mut out = Vec::with_capacity(points.len());
    for i in 0..points.len() {
        let before = (i > 0).then(|| normal(points[i - 1], points[i]));
        let after = (i + 1 < points.len()).then(|| normal(points[i], points[i + 1]));
        let n = match (before, after) {
            (Some(a), Some(b)) => {
                let sum = a + b;
                if sum.length_sq() < 1e-6 {
                    a
                } else {
                    let m = sum.normalized();
                    // Mitre length 1 / cos(half angle), at most 2.
                    m / m.dot(a).max(0.5)
                }
            }
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => Vec2::ZERO,
        };
        if n.x.is_finite() && n.y.is_finite() {
            out.push(points[i] + n * d);
        }
    }
    out
}

/// Points along a path, added every few degrees so long straight links bend as the projection
/// bends them.
fn densify(projection: &Projection, path: &[crate::model::LatLon]) -> Vec<MapPoint> {
    let mut out = Vec::with_capacity(path.len() * 2);
    for pair in path.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let dlon = crate::map::projection::wrap_longitude(b.lon - a.lon);
        let steps = ((a.lat - b.lat).abs().max(dlon.abs()) / 2.0)
            .ceil()
            .max(1.0) as usize;
        for s in 0..steps {
            let t = s as f64 / steps as f64;
            out.push(projection.project(a.lat + (b.lat - a.lat) * t, a.lon + dlon * t));
        }
    }
    if let Some(last) = path.last() {
        out.push(projection.project(last.lat, last.lon));
    }
    out
}

/// Keeps labels from covering each other. Taken space is filed in a grid of screen cells, so a
/// candidate is compared only with what lies in the cells it covers.
struct LabelPlacer {
    screen: Rect,
    columns: usize,
    rows: usize,
    /// For each cell, row by row, the taken rectangles that reach into it: copies, so a test
    /// reads one cell's list straight through.
    cells: Vec<Vec<Rect>>,
    /// A bit for each small block of the screen, row by row, set when the block lies inside a
    /// taken rectangle: in a crowded view most candidates land on one and are turned down
    /// without reading the cells.
    covered: Vec<u64>,
    /// Blocks across and down, and words in a row of `covered`.
    blocks: (usize, usize),
    words: usize,
}

impl LabelPlacer {
    const CELL: f32 = 64.0;
    /// Side of a block of `covered`, in screen points.
    const BLOCK: f32 = 8.0;

    fn new(screen: Rect) -> Self {
        let columns = ((screen.width() / Self::CELL).ceil() as usize).max(1);
        let rows = ((screen.height() / Self::CELL).ceil() as usize).max(1);
        let blocks = (
            ((screen.width() / Self::BLOCK).ceil() as usize).max(1),
            ((screen.height() / Self::BLOCK).ceil() as usize).max(1),
        );
        let words = blocks.0.div_ceil(64);
        LabelPlacer {
            screen,
            columns,
            rows,
            cells: vec![Vec::new(); columns * rows],
            covered: vec![0; words * blocks.1],
            blocks,
            words,
        }
    }

    /// Marks the blocks inside `r`. They are found a point inside it all round, so rounding
    /// cannot mark a block that reaches out of it.
    fn cover(&mut self, r: Rect) {
        let inner = r.shrink(1.0);
        // Blocks from the first that starts after `min` to the last that ends before `max`.
        let range = |min: f32, max: f32, origin: f32, count: usize| {
            let first = ((min - origin) / Self::BLOCK).ceil().max(0.0) as usize;
            let end = (((max - origin) / Self::BLOCK).floor().max(0.0) as usize).min(count);
            first..end
        };
        let (x0, y0) = (self.screen.min.x, self.screen.min.y);
        let columns = range(inner.min.x, inner.max.x, x0, self.blocks.0);
        for y in range(inner.min.y, inner.max.y, y0, self.blocks.1) {
            for x in columns.clone() {
                self.covered[y * self.words + x / 64] |= 1 << (x % 64);
            }
        }
    }

    /// Whether `r`, on screen, reaches into a covered block.
    fn on_covered(&self, r: Rect) -> bool {
        let block = |v: f32, origin: f32, count: usize| {
            (((v - origin) / Self::BLOCK) as usize).min(count - 1)
        };
        let (x0, y0) = (self.screen.min.x, self.screen.min.y);
        let (from, to) = (
            block(r.min.x, x0, self.blocks.0),
            block(r.max.x, x0, self.blocks.0),
        );
        (block(r.min.y, y0, self.blocks.1)..=block(r.max.y, y0, self.blocks.1)).any(|y| {
            let row = &self.covered[y * self.words..(y + 1) * self.words];
            (from / 64..=to / 64).any(|w| {
                let lo = if w == from / 64 { from % 64 } else { 0 };
                let hi = if w == to / 64 { to % 64 } else { 63 };
                row[w] & (u64::MAX >> (63 - hi)) & (u64::MAX << lo) != 0
            })
        })
    }

    /// The cells `r` covers, clamped to the grid: (columns, rows).
    fn span(
        &self,
        r: Rect,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        // The cast truncates, and takes anything below zero to zero, as flooring and clamping
        // would, without a call to `floorf` on targets lacking a rounding instruction.
        let cell = |v: f32, origin: f32, count: usize| {
            (((v - origin) / Self::CELL) as usize).min(count - 1)
        };
        let (x0, y0) = (self.screen.min.x, self.screen.min.y);
        (
            cell(r.min.x, x0, self.columns)..=cell(r.max.x, x0, self.columns),
            cell(r.min.y, y0, self.rows)..=cell(r.max.y, y0, self.rows),
        )
    }

    fn occupy(&mut self, r: Rect) {
        if !r.intersects(self.screen) {
            return;
        }
        let (columns, rows) = self.span(r);
        for y in rows {
            for x in columns.clone() {
                self.cells[y * self.columns + x].push(r);
            }
        }
        self.cover(r);
    }

    fn is_free(&self, r: Rect) -> bool {
        self.screen.contains_rect(r) && !self.on_covered(r) && self.free_in_cells(r)
    }

    /// Whether `r` meets no taken rectangle, by the cells alone.
    fn free_in_cells(&self, r: Rect) -> bool {
        let (columns, rows) = self.span(r);
        !rows.into_iter().any(|y| {
            columns.clone().any(|x| {
                self.cells[y * self.columns + x]
                    .iter()
                    .any(|t| t.intersects(r))
            })
        })
    }

    /// Takes the first free rectangle of `candidates`, or the first one if `force`; returns
    /// which it took.
    fn place(&mut self, candidates: &[Rect], force: bool) -> Option<usize> {
        let chosen = candidates
            .iter()
            .position(|r| self.is_free(*r))
            .or((force && !candidates.is_empty()).then_some(0))?;
        self.occupy(candidates[chosen].expand(2.0));
        Some(chosen)
    }
}

/// How a node ranks for label room, highlighting aside: the places people know (cities, ports)
/// before crossings, then by how many links meet there.
fn label_rank(
    route: &Route,
    links_at: &[usize],
    i: usize,
) -> (u8, std::cmp::Reverse<usize>, usize) {
    let rank = match route.nodes[i].kind {
        NodeKind::City => 0,
        NodeKind::Port => 1,
        NodeKind::Terminal => 2,
        NodeKind::RailJunction => 3,
        NodeKind::BorderCrossing => 4,
        NodeKind::Place => 5,
    };
    (
        rank,
        std::cmp::Reverse(links_at.get(i).copied().unwrap_or(0)),
        i,
    )
}

/// Every node, best placed to be labelled first.
fn label_order(route: &Route, links_at: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..route.nodes.len()).collect();
    order.sort_by_key(|&i| label_rank(route, links_at, i));
    order
}

fn node_labels(
    route: &Route,
    geometry: &RouteGeometry,
    view: &ScreenTransform,
    highlight: Highlight,
    size: f32,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let (node_points, links_at) = (&geometry.nodes, &geometry.links_at);
    let emphasised = |i: usize| {
        [highlight.selected, highlight.hovered]
            .into_iter()
            .flatten()
            .any(|t| t == Target::Node(i))
    };
    // Only places on or near the screen compete for label room.
    let near_screen = view.screen.expand(200.0);
    let near = |i: usize| near_screen.contains(view.map_to_screen(node_points[i]));
    let built;
    let order: &[usize] = if geometry.label_order.len() == route.nodes.len() {
        &geometry.label_order
    } else {
        built = label_order(route, links_at);
        &built
    };
    // Highlighted nodes first, then the rest in rank order.
    let mut first: Vec<usize> = [highlight.selected, highlight.hovered]
        .into_iter()
        .filter_map(|t| match t {
            Some(Target::Node(i)) if i < route.nodes.len() && near(i) => Some(i),
            _ => None,
        })
        .collect();
    first.sort_by_key(|&i| label_rank(route, links_at, i));
    first.dedup();
    let rest = order.iter().copied().filter(|&i| !emphasised(i) && near(i));
    let in_reach = view.screen.expand(40.0);
    let mut labels = Vec::new();
    for i in first.into_iter().chain(rest).take(LABEL_CANDIDATES) {
        let node = &route.nodes[i];
        let c = view.map_to_screen(node_points[i]);
        if !in_reach.contains(c) {
            continue;
        }
        let bold = emphasised(i);
        let text_size = measure(&node.name, size, bold);
        let (_, radius) = style::node_marker(node.kind);
        let gap = radius + 7.0;
        let candidates = [
            (vec2(gap, 0.0), Align2::LEFT_CENTER),
            (vec2(-gap, 0.0), Align2::RIGHT_CENTER),
            (vec2(0.0, -gap), Align2::CENTER_BOTTOM),
            (vec2(0.0, gap), Align2::CENTER_TOP),
            (vec2(gap * 0.7, -gap * 0.7), Align2::LEFT_BOTTOM),
            (vec2(gap * 0.7, gap * 0.7), Align2::LEFT_TOP),
            (vec2(-gap * 0.7, -gap * 0.7), Align2::RIGHT_BOTTOM),
            (vec2(-gap * 0.7, gap * 0.7), Align2::RIGHT_TOP),
        ];
        let rects = candidates.map(|(offset, anchor)| anchor.anchor_size(c + offset, text_size));
        if let Some(chosen) = placer.place(&rects, bold) {
            let (offset, anchor) = candidates[chosen];
            labels.push(Label {
                at: node_points[i],
                offset,
                anchor,
                text: node.name.clone(),
                size,
                color: if bold { style::SELECTED } else { style::LABEL },
                halo: Some(style::HALO),
                bold,
            });
        }
    }
    labels
}

/// Each named area's name, at the first place inside it that is free.
fn area_labels(
    route: &Route,
    geometry: &RouteGeometry,
    view: &ScreenTransform,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let screen = view.screen.shrink(10.0);
    let mut labels = Vec::new();
    for (area, mesh) in route.areas.iter().zip(&geometry.areas) {
        let Some(mesh) = mesh else { continue };
        if area.name.is_empty() {
            continue;
        }
        let size = measure(&area.name, SEA_LABEL_SIZE, false);
        let [r, g, b] = area.rgb().unwrap_or(style::AREA_RGB);
        let at = mesh.label_anchors.iter().copied().find(|&at| {
            let rect = Rect::from_center_size(view.map_to_screen(at), size);
            screen.contains_rect(rect) && placer.place(&[rect], false).is_some()
        });
        if let Some(at) = at {
            labels.push(Label {
                at,
                offset: Vec2::ZERO,
                anchor: Align2::CENTER_CENTER,
                text: area.name.clone(),
                size: SEA_LABEL_SIZE,
                color: Color32::from_rgb(r / 2, g / 2, b / 2),
                halo: Some(style::HALO),
                bold: false,
            });
        }
    }
    labels
}

fn sea_labels(
    projection: &Projection,
    view: &ScreenTransform,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let mut labels = Vec::new();
    for &(name, lat, lon) in SEAS {
        let at = projection.project(lat, lon);
        let c = view.map_to_screen(at);
        let size = measure(name, SEA_LABEL_SIZE, false);
        let rect = Rect::from_center_size(c, size);
        if placer.place(&[rect], false).is_some() {
            labels.push(Label {
                at,
                offset: Vec2::ZERO,
                anchor: Align2::CENTER_CENTER,
                text: name.to_string(),
                size: SEA_LABEL_SIZE,
                color: style::WATER_LABEL,
                halo: None,
                bold: false,
            });
        }
    }
    labels
}

fn country_labels(
    basemap: &BasemapMeshes,
    view: &ScreenTransform,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let screen = view.screen.shrink(10.0);
    let mut order: Vec<usize> = (0..basemap.countries.len()).collect();
    order.sort_by(|&a, &b| {
        basemap.countries[b]
            .area
            .total_cmp(&basemap.countries[a].area)
    });
    let mut labels = Vec::new();
    for i in order {
        let country = &basemap.countries[i];
        let min = view.map_to_screen(MapPoint::new(
            country.bounds.min().x,
            country.bounds.max().y,
        ));
        let max = view.map_to_screen(MapPoint::new(
            country.bounds.max().x,
            country.bounds.min().y,
        ));
        let on_screen = Rect::from_min_max(min, max);
        if !on_screen.intersects(screen) {
            continue;
        }
        let text = country.name.to_uppercase();
        let size = measure(&text, COUNTRY_LABEL_SIZE, false);
        if on_screen.width() < size.x * 1.3 || on_screen.height() < size.y * 2.0 {
            continue;
        }
        // Of the anchors on screen, the one nearest their middle reads as "the country here".
        let visible: Vec<Pos2> = country
            .label_anchors
            .iter()
            .map(|&a| view.map_to_screen(a))
            .filter(|p| screen.shrink2(size * 0.5).contains(*p))
            .collect();
        if visible.is_empty() {
            continue;
        }
        let mean = visible.iter().fold(Vec2::ZERO, |s, p| s + p.to_vec2()) / visible.len() as f32;
        let mut by_distance = visible.clone();
        by_distance.sort_by(|a, b| {
            a.distance_sq(mean.to_pos2())
                .total_cmp(&b.distance_sq(mean.to_pos2()))
        });
        let candidates: Vec<(Rect, Vec2, Align2)> = by_distance
            .iter()
            .take(6)
            .map(|&p| {
                (
                    Rect::from_center_size(p, size),
                    p.to_vec2(),
                    Align2::CENTER_CENTER,
                )
            })
            .collect();
        let rects: Vec<Rect> = candidates.iter().map(|c| c.0).collect();
        if let Some(chosen) = placer.place(&rects, false) {
            let (_, p, anchor) = candidates[chosen];
            let at = view.screen_to_map(pos2(p.x, p.y));
            labels.push(Label {
                at,
                offset: Vec2::ZERO,
                anchor,
                text,
                size: COUNTRY_LABEL_SIZE,
                color: style::COUNTRY_LABEL,
                halo: None,
                bold: false,
            });
        }
    }
    labels
}

/// Link status as shown in legends and tooltips, with how it is drawn.
pub fn status_description(status: LinkStatus) -> &'static str {
    match status {
        LinkStatus::Operating => "solid line",
        LinkStatus::UnderConstruction => "dashed line",
        LinkStatus::Planned => "dotted line",
    }
}

/// Points at regular spacing along a screen polyline, with the direction there.
pub fn points_along(points: &[Pos2], spacing: f32, start: f32) -> Vec<(Pos2, Vec2)> {
    let mut out = Vec::new();
    if spacing <= 0.0 {
        return out;
    }
    let mut next = start;
    let mut travelled = 0.0;
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let len = a.distance(b);
        if len <= f32::EPSILON {
            continue;
        }
        let dir = (b - a) / len;
        while next <= travelled + len {
            out.push((a + dir * (next - travelled), dir));
            next += spacing;
        }
        travelled += len;
    }
    out
}

/// Splits a screen polyline into the pieces a dash pattern draws.
pub fn dash_pieces(points: &[Pos2], on: f32, off: f32) -> Vec<Vec<Pos2>> {
    let mut pieces = Vec::new();
    if on <= 0.0 || points.len() < 2 {
        return pieces;
    }
    let mut drawing = true;
    let mut left = on;
    let mut current = vec![points[0]];
    for pair in points.windows(2) {
        let (mut a, b) = (pair[0], pair[1]);
        let mut len = a.distance(b);
        while len > 0.0 {
            let step = left.min(len);
            let p = a + (b - a) * (step / len);
            if drawing {
                current.push(p);
            }
            len -= step;
            left -= step;
            a = p;
            if left <= 1e-4 {
                if drawing {
                    pieces.push(std::mem::take(&mut current));
                } else {
                    current = vec![a];
                }
                drawing = !drawing;
                left = if drawing { on } else { off };
            }
        }
    }
    if drawing && current.len() > 1 {
        pieces.push(current);
    }
    pieces
}

/// Distance from `p` to a polyline, in the same units.
pub fn distance_to_polyline(p: Pos2, points: &[Pos2]) -> f32 {
    points
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let ab = b - a;
            let t = if ab.length_sq() > 0.0 {
                ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0)
            } else {
                0.0
            };
            p.distance(a + ab * t)
        })
        .fold(f32::INFINITY, f32::min)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_alternate_with_gaps() {
        let line = [pos2(0.0, 0.0), pos2(25.0, 0.0)];
        let pieces = dash_pieces(&line, 5.0, 5.0);
        let spans: Vec<(f32, f32)> = pieces.iter().map(|p| (p[0].x, p[p.len() - 1].x)).collect();
        assert_eq!(spans, vec![(0.0, 5.0), (10.0, 15.0), (20.0, 25.0)]);
    }

    #[test]
    fn dashes_turn_corners() {
        let line = [pos2(0.0, 0.0), pos2(3.0, 0.0), pos2(3.0, 10.0)];
        let pieces = dash_pieces(&line, 5.0, 2.0);
        assert_eq!(
            pieces[0],
            vec![pos2(0.0, 0.0), pos2(3.0, 0.0), pos2(3.0, 2.0)]
        );
        assert_eq!(pieces[1][0], pos2(3.0, 4.0));
    }

    #[test]
    fn points_along_are_evenly_spaced() {
        let line = [pos2(0.0, 0.0), pos2(10.0, 0.0), pos2(10.0, 10.0)];
        let pts = points_along(&line, 4.0, 2.0);
        let xs: Vec<Pos2> = pts.iter().map(|(p, _)| *p).collect();
        assert_eq!(
            xs,
            vec![
                pos2(2.0, 0.0),
                pos2(6.0, 0.0),
                pos2(10.0, 0.0),
                pos2(10.0, 4.0),
                pos2(10.0, 8.0)
            ]
        );
        assert_eq!(pts[4].1, vec2(0.0, 1.0));
    }

    #[test]
    fn distance_to_a_polyline() {
        let line = [pos2(0.0, 0.0), pos2(10.0, 0.0)];
        assert_eq!(distance_to_polyline(pos2(5.0, 3.0), &line), 3.0);
        assert_eq!(distance_to_polyline(pos2(13.0, 4.0), &line), 5.0);
    }

    #[test]
    fn placer_avoids_taken_space() {
        let mut placer = LabelPlacer::new(Rect::from_min_size(Pos2::ZERO, vec2(100.0, 100.0)));
        placer.occupy(Rect::from_min_size(pos2(40.0, 40.0), vec2(20.0, 20.0)));
        let right = Rect::from_min_size(pos2(50.0, 45.0), vec2(20.0, 10.0));
        let left = Rect::from_min_size(pos2(10.0, 45.0), vec2(20.0, 10.0));
        assert_eq!(placer.place(&[right, left], false), Some(1));
        assert_eq!(placer.place(&[right], false), None);
        assert_eq!(placer.place(&[right], true), Some(0), "forced");
        let outside = Rect::from_min_size(pos2(95.0, 0.0), vec2(20.0, 10.0));
        assert_eq!(placer.place(&[outside], false), None, "off screen");
    }

    /// A grid of `side`² places, each linked to its east neighbour, around 45° N 60° E.
    fn grid_route(side: usize) -> Route {
        let id = |r: usize, c: usize| format!("n{r}-{c}");
        let mut route = Route {
            version: crate::model::FORMAT_VERSION,
            id: "grid".into(),
            title: "Grid".into(),
            ..Route::default()
        };
        for r in 0..side {
            for c in 0..side {
                route.nodes.push(crate::model::Node {
                    id: id(r, c),
                    name: id(r, c),
                    local_name: String::new(),
                    kind: NodeKind::Place,
                    country: String::new(),
                    lat: 40.0 + r as f64 * 0.1,
                    lon: 55.0 + c as f64 * 0.1,
                    description: String::new(),
                });
                if c > 0 {
                    route.links.push(crate::model::Link {
                        id: format!("l{r}-{c}"),
                        name: String::new(),
                        from: id(r, c - 1),
                        to: id(r, c),
                        mode: crate::model::LinkMode::Rail,
                        status: LinkStatus::Operating,
                        via: Vec::new(),
                        description: String::new(),
                    });
                }
            }
        }
        route
    }

    #[test]
    fn a_huge_network_is_drawn_whole_in_plain_lines_and_in_style_when_zoomed_in() {
        let route = grid_route(100);
        let projection = Projection::fitted(route.nodes.iter().map(|n| (n.lat, n.lon)));
        let geometry = RouteGeometry::new(&route, &projection);
        let screen = Rect::from_min_size(Pos2::ZERO, vec2(1920.0, 1080.0));
        let (min, max) = geometry.bounds().expect("bounds");
        let view = ScreenTransform::new(
            crate::map::camera::Camera::fitting(min, max, screen, 20.0),
            screen,
        );
        let options = SceneOptions {
            highlight: Highlight::default(),
            text_scale: 1.0,
        };
        let measure = |text: &str, size: f32, _: bool| vec2(text.len() as f32 * size * 0.5, size);
        let scene = build(&route, &geometry, &view, None, &[], options, &measure);
        assert_eq!(route.links.len(), 9_900);
        let plain = scene.plain_links.as_ref().expect("crowded: plain lines");
        assert_eq!(plain.links.len(), 9_900, "every link is drawn");
        assert_eq!(scene.hidden_links, 0);
        assert!(scene.lines.is_empty());
        assert_eq!(scene.markers.len(), 10_000);
        assert!(scene.markers.iter().all(|m| m.radius <= 2.0), "dots");

        // Zoomed in on a corner, every link in view is drawn in its own style.
        let corner = ScreenTransform::new(
            crate::map::camera::Camera::new(min, view.camera.km_per_px / 20.0),
            screen,
        );
        let scene = build(&route, &geometry, &corner, None, &[], options, &measure);
        assert_eq!(scene.hidden_links, 0);
        assert!(scene.plain_links.is_none());
        assert!(!scene.lines.is_empty() && scene.lines.len() < 1_000);
        assert!(
            scene
                .lines
                .iter()
                .all(|l| l.style.decoration != Decoration::None)
        );
    }

    /// The covered-block shortcut turns down only what the cells would: a crowd of labels of
    /// every size and at every fraction of a point, tried against the grid both ways.
    #[test]
    fn covered_blocks_agree_with_the_cells() {
        let screen = Rect::from_min_size(pos2(3.5, 17.25), vec2(1003.0, 611.0));
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 40) as f32 / (1u64 << 24) as f32
        };
        let mut placer = LabelPlacer::new(screen);
        let (mut turned_down, mut taken) = (0, 0);
        for _ in 0..20_000 {
            let min = screen.min + vec2(next() * 1100.0 - 50.0, next() * 700.0 - 50.0);
            let r = Rect::from_min_size(min, vec2(next() * 120.0, next() * 30.0));
            let by_cells = placer.screen.contains_rect(r) && placer.free_in_cells(r);
            assert_eq!(placer.is_free(r), by_cells, "{r:?}");
            if placer.screen.contains_rect(r) && placer.on_covered(r) {
                turned_down += 1;
            }
            if placer.place(&[r], false).is_some() {
                taken += 1;
            }
        }
        assert!(taken > 100 && turned_down > 1000, "{taken} {turned_down}");
    }
}
