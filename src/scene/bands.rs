//! Flow bands: each visible layer's values for the year, laid side by side on the links they run
//! along.

use std::collections::BTreeMap;
use std::sync::Arc;

use ecolor::Color32;
use emath::Pos2;
use serde::{Deserialize, Serialize};

use crate::flows::{Leg, WidthScale, side_by_side};
use crate::map::projection::MapPoint;
use crate::model::{FlowLayer, Route, ValueKind};

use super::RouteGeometry;
use super::polyline::{dash_pieces, offset_polyline, points_along};

/// Space between bands that share a link, in screen points.
pub const BAND_GAP: f32 = 2.0;

/// How one layer is shown.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LayerView {
    /// Index into the route's layers.
    pub index: usize,
    pub visible: bool,
    pub opacity: f32,
}

/// Which year is shown and how each layer is drawn, bottom layer first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlowView {
    /// The year whose values are shown; `None` shows the values whose source gives no year,
    /// the timeline's last stop.
    pub year: Option<i32>,
    pub layers: Vec<LayerView>,
    /// Seconds since start, for dashes that move with the flow; `None` when motion is off.
    pub motion_time: Option<f64>,
}

impl FlowView {
    /// Every layer of the route, visible and opaque, in the route's order, at `year`.
    pub fn all_layers(route: &Route, year: Option<i32>) -> Self {
        FlowView {
            year,
            layers: (0..route.layers.len())
                .map(|index| LayerView {
                    index,
                    visible: true,
                    opacity: 1.0,
                })
                .collect(),
            motion_time: None,
        }
    }

    pub fn visible(&self) -> impl DoubleEndedIterator<Item = &LayerView> {
        self.layers.iter().filter(|l| l.visible)
    }
}

/// What a band shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BandState {
    /// A value for the year; `amount` is false for a status with no figure.
    Value { kind: ValueKind, amount: bool },
    /// The layer has values on this way in other years, none in this one.
    Missing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Along the link, in the direction of the flow.
    pub points: Arc<[MapPoint]>,
    /// Screen points from the link's line to the band's centre, to the left of travel.
    pub offset: f32,
    pub width: f32,
    pub color: Color32,
    pub state: BandState,
    /// Whether an arrowhead ends this band: the last leg of a directed flow.
    pub arrow: bool,
    pub link: usize,
    pub layer: usize,
    /// Index into the layer's values: the value shown or, for a missing one, the nearest year's.
    pub value: usize,
}

/// How far apart two shown years are, for the nearest value to a year with none: a value with
/// no year given is nearest to the stop for such values and far from every year.
fn years_apart(a: Option<i32>, b: Option<i32>) -> i64 {
    match (a, b) {
        (Some(a), Some(b)) => (i64::from(a) - i64::from(b)).abs(),
        (None, None) => 0,
        _ => i64::MAX,
    }
}

pub fn layer_color(layer: &FlowLayer) -> Color32 {
    layer.rgb().map_or(Color32::from_gray(90), |[r, g, b]| {
        Color32::from_rgb(r, g, b)
    })
}

/// A band before it is given its place beside the others on its link.
struct Part {
    order: (usize, usize),
    leg: Leg,
    last: bool,
    width: f32,
    color: Color32,
    state: BandState,
    directed: bool,
    layer: usize,
    value: usize,
}

/// The bands for `flows.year`.
pub fn build(route: &Route, geometry: &RouteGeometry, flows: &FlowView) -> Vec<Band> {
    let mut by_link: BTreeMap<usize, Vec<Part>> = BTreeMap::new();
    for (position, view) in flows.visible().enumerate() {
        let Some(layer) = route.layers.get(view.index) else {
            continue;
        };
        let Some(legs_of) = geometry.flow_legs.get(view.index) else {
            continue;
        };
        let scale = WidthScale::for_layer(layer);
        let color = layer_color(layer).gamma_multiply(view.opacity.clamp(0.0, 1.0));
        // Each distinct way the layer runs, with this year's value on it or its nearest year's.
        let mut ways: BTreeMap<&[Leg], (usize, bool)> = BTreeMap::new();
        for (vi, value) in layer.values.iter().enumerate() {
            let legs = legs_of[vi].as_slice();
            if legs.is_empty() {
                continue;
            }
            let this_year = value.year == flows.year;
            let entry = ways.entry(legs).or_insert((vi, this_year));
            let nearer = years_apart(value.year, flows.year)
                < years_apart(layer.values[entry.0].year, flows.year);
            if this_year && !entry.1 {
                *entry = (vi, true);
            } else if !entry.1 && nearer {
                entry.0 = vi;
            }
        }
        for (legs, (vi, this_year)) in ways {
            let value = &layer.values[vi];
            let (state, width) = if this_year {
                (
                    BandState::Value {
                        kind: value.kind,
                        amount: value.value.is_some(),
                    },
                    scale.width(value.value),
                )
            } else {
                (BandState::Missing, 2.0)
            };
            for (k, &leg) in legs.iter().enumerate() {
                by_link.entry(leg.link).or_default().push(Part {
                    order: (position, vi),
                    leg,
                    last: k + 1 == legs.len(),
                    width,
                    color,
                    state,
                    directed: value.is_directed(layer),
                    layer: view.index,
                    value: vi,
                });
            }
        }
    }

    let mut bands = Vec::new();
    for (link, mut parts) in by_link {
        let Some(path) = geometry.links.get(link).filter(|p| p.len() >= 2) else {
            continue;
        };
        parts.sort_by_key(|p| p.order);
        let widths: Vec<f32> = parts.iter().map(|p| p.width).collect();
        let offsets = side_by_side(&widths, BAND_GAP);
        let mut reversed: Option<Arc<[MapPoint]>> = None;
        for (part, offset) in parts.into_iter().zip(offsets) {
            // Offsets are laid out along the link's own direction; a flow against it sees them
            // on its other hand.
            let (points, offset) = if part.leg.reversed {
                let points = reversed
                    .get_or_insert_with(|| path.iter().rev().copied().collect())
                    .clone();
                (points, -offset)
            } else {
                (Arc::clone(path), offset)
            };
            bands.push(Band {
                points,
                offset,
                width: part.width,
                color: part.color,
                state: part.state,
                arrow: part.directed && part.last && part.state != BandState::Missing,
                link,
                layer: part.layer,
                value: part.value,
            });
        }
    }
    bands
}

/// One mark of a drawn band, in screen points.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    Line {
        points: Vec<Pos2>,
        width: f32,
        color: Color32,
    },
    Dot {
        at: Pos2,
        radius: f32,
        color: Color32,
    },
    Triangle {
        corners: [Pos2; 3],
        color: Color32,
    },
}

/// A band as the map draws it: solid for actual values, lighter with a dashed centre for
/// estimates, translucent with dashed edges for plans, an arrowhead at the end of a directed
/// flow, a dotted line where the year has no value. `screen` is the link's line on screen; the
/// screen painter and the SVG writer both draw these marks, so the two cannot differ. Also
/// returns the band's body, under the arrowhead, for marks that move along it.
pub fn band_marks(screen: &[Pos2], band: &Band) -> (Vec<Mark>, Vec<Pos2>) {
    let centre = offset_polyline(screen, band.offset);
    let mut marks = Vec::new();
    if centre.len() < 2 {
        return (marks, Vec::new());
    }
    let w = band.width;
    let BandState::Value { kind, .. } = band.state else {
        for (at, _) in points_along(&centre, 7.0, 0.0) {
            marks.push(Mark::Dot {
                at,
                radius: 1.3,
                color: band.color.gamma_multiply(0.8),
            });
        }
        return (marks, Vec::new());
    };
    let arrow = band.arrow.then(|| (w * 1.2).max(9.0));
    let body = match arrow {
        Some(length) => trim_end(&centre, length * 0.9),
        None => centre.clone(),
    };
    let fill = band_fill(band.color, kind);
    marks.push(Mark::Line {
        points: body.clone(),
        width: w,
        color: fill,
    });
    let dashes = |marks: &mut Vec<Mark>, line: &[Pos2], on: f32, width: f32, color: Color32| {
        for points in dash_pieces(line, on, 4.0) {
            marks.push(Mark::Line {
                points,
                width,
                color,
            });
        }
    };
    match kind {
        ValueKind::Actual => {}
        ValueKind::Estimate => dashes(&mut marks, &body, 4.0, 1.2, Color32::WHITE),
        ValueKind::Plan => {
            for side in [-1.0, 1.0] {
                let edge = offset_polyline(&body, side * w / 2.0);
                dashes(&mut marks, &edge, 6.0, 1.3, band.color);
            }
        }
    }
    if let (Some(length), Some(&tip)) = (arrow, centre.last()) {
        let n = centre.len();
        let dir = (tip - centre[n - 2]).normalized();
        let normal = emath::vec2(-dir.y, dir.x);
        let base = tip - dir * length;
        let half = (w * 0.95).max(7.0);
        marks.push(Mark::Triangle {
            corners: [tip, base + normal * half, base - normal * half],
            color: match kind {
                ValueKind::Plan => band.color.gamma_multiply(0.55),
                _ => fill,
            },
        });
    }
    let body = if kind == ValueKind::Plan {
        Vec::new()
    } else {
        body
    };
    (marks, body)
}

/// A band's body colour by the kind of its value.
fn band_fill(color: Color32, kind: ValueKind) -> Color32 {
    match kind {
        ValueKind::Actual => color.gamma_multiply(0.9),
        ValueKind::Estimate => color.gamma_multiply(0.6),
        ValueKind::Plan => color.gamma_multiply(0.32),
    }
}

/// Width and colour of a band in a crowded view, drawn as a plain line: no arrows or dashes, a
/// thin faint line where the year has no value.
pub fn plain_stroke(band: &Band) -> (f32, Color32) {
    match band.state {
        BandState::Missing => (1.0, band.color.gamma_multiply(0.5)),
        BandState::Value { kind, .. } => (band.width, band_fill(band.color, kind)),
    }
}

/// The polyline with `length` screen points cut off its end.
fn trim_end(points: &[Pos2], length: f32) -> Vec<Pos2> {
    let mut out = points.to_vec();
    let mut left = length;
    while out.len() >= 2 {
        let n = out.len();
        let (a, b) = (out[n - 2], out[n - 1]);
        let d = a.distance(b);
        if d > left {
            out[n - 1] = b + (a - b) * (left / d);
            return out;
        }
        left -= d;
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(color: &str) -> FlowLayer {
        FlowLayer {
            id: "l".into(),
            name: "L".into(),
            unit: "Mt".into(),
            color: color.into(),
            description: Default::default(),
            directed: true,
            modes: Vec::new(),
            values: Vec::new(),
        }
    }

    #[test]
    fn colours_parse() {
        assert_eq!(
            layer_color(&layer("#c2410c")),
            Color32::from_rgb(0xc2, 0x41, 0x0c)
        );
        assert_eq!(layer("c2410c").rgb(), None);
        assert_eq!(layer("#c2410").rgb(), None);
        assert_eq!(layer("#zz410c").rgb(), None);
    }
}
