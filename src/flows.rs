//! Flows on the route: which links a value runs along, the years the data covers, and how wide a
//! band is drawn for a value. Plain logic; the scene turns it into bands.

use std::collections::{BinaryHeap, HashMap};

use crate::model::{FlowLayer, FlowValue, LatLon, Route};

/// One link of a flow's way, and whether the flow runs against the link's from→to direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Leg {
    pub link: usize,
    pub reversed: bool,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum FlowPathError {
    #[error("unknown link '{0}'")]
    UnknownLink(String),
    #[error(
        "link '{link}' does not continue from '{at}'; list the links in order from 'from' to 'to'"
    )]
    Broken { link: String, at: String },
    #[error("the links end at '{end}', not at '{to}'")]
    WrongEnd { end: String, to: String },
    #[error("no chain of links joins '{from}' to '{to}'; list the links in 'links' or add links")]
    NoWay { from: String, to: String },
}

/// The links a value runs along: those it lists, checked to join up, or else the shortest way
/// through the route's links by length on the ground. For many values, use one [`Ways`].
pub fn legs(route: &Route, value: &FlowValue) -> Result<Vec<Leg>, FlowPathError> {
    Ways::new(route).legs(value)
}

/// Finds the ways of many flow values through one route, looking ids up by hash rather than
/// scanning the route for each, so a route of 100,000 links is checked in moments.
pub struct Ways<'a> {
    route: &'a Route,
    node_of: HashMap<&'a str, usize>,
    link_of: HashMap<&'a str, usize>,
    /// For each node, the links at it: the node at the other end, the leg, and its length in km.
    /// Built when a value first needs the shortest way.
    adjacent: std::cell::OnceCell<Vec<Vec<(usize, Leg, f64)>>>,
}

impl<'a> Ways<'a> {
    pub fn new(route: &'a Route) -> Self {
        Ways {
            route,
            node_of: route
                .nodes
                .iter()
                .enumerate()
                .map(|(i, n)| (n.id.as_str(), i))
                .collect(),
            link_of: route
                .links
                .iter()
                .enumerate()
                .map(|(i, l)| (l.id.as_str(), i))
                .collect(),
            adjacent: std::cell::OnceCell::new(),
        }
    }

    /// Index of the node with this id.
    pub fn node(&self, id: &str) -> Option<usize> {
        self.node_of.get(id).copied()
    }

    /// The link's full path from its first node to its last, through its `via` points.
    pub fn link_path(&self, link: &crate::model::Link) -> Option<Vec<LatLon>> {
        let from = self.route.nodes.get(self.node(&link.from)?)?;
        let to = self.route.nodes.get(self.node(&link.to)?)?;
        Some(link.path_between(from, to))
    }

    pub fn legs(&self, value: &FlowValue) -> Result<Vec<Leg>, FlowPathError> {
        let route = self.route;
        if value.links.is_empty() {
            return self
                .shortest_way(&value.from, &value.to)
                .ok_or_else(|| FlowPathError::NoWay {
                    from: value.from.clone(),
                    to: value.to.clone(),
                });
        }
        let mut at = value.from.as_str();
        let mut legs = Vec::with_capacity(value.links.len());
        for id in &value.links {
            let (index, link) = self
                .link_of
                .get(id.as_str())
                .and_then(|&i| Some((i, route.links.get(i)?)))
                .ok_or_else(|| FlowPathError::UnknownLink(id.clone()))?;
            let reversed = if link.from == at {
                false
            } else if link.to == at {
                true
            } else {
                return Err(FlowPathError::Broken {
                    link: id.clone(),
                    at: at.to_owned(),
                });
            };
            at = if reversed { &link.from } else { &link.to };
            legs.push(Leg {
                link: index,
                reversed,
            });
        }
        if at != value.to {
            return Err(FlowPathError::WrongEnd {
                end: at.to_owned(),
                to: value.to.clone(),
            });
        }
        Ok(legs)
    }

    fn adjacent(&self) -> &[Vec<(usize, Leg, f64)>] {
        self.adjacent.get_or_init(|| {
            let mut adjacent: Vec<Vec<(usize, Leg, f64)>> =
                vec![Vec::new(); self.route.nodes.len()];
            for (i, link) in self.route.links.iter().enumerate() {
                let (Some(a), Some(b)) = (self.node(&link.from), self.node(&link.to)) else {
                    continue;
                };
                let length = self
                    .link_path(link)
                    .map_or(f64::INFINITY, |p| path_length_km(&p));
                for (at, other, reversed) in [(a, b, false), (b, a, true)] {
                    if let Some(list) = adjacent.get_mut(at) {
                        list.push((other, Leg { link: i, reversed }, length));
                    }
                }
            }
            adjacent
        })
    }

    /// Dijkstra over the links, both ways, weighted by length on the ground.
    fn shortest_way(&self, from: &str, to: &str) -> Option<Vec<Leg>> {
        #[derive(PartialEq)]
        struct Entry(f64, usize);
        impl Eq for Entry {}
        impl PartialOrd for Entry {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl Ord for Entry {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                other.0.total_cmp(&self.0)
            }
        }

        let start = self.node(from)?;
        let goal = self.node(to)?;
        let adjacent = self.adjacent();
        let nodes = self.route.nodes.len();
        let mut best = vec![f64::INFINITY; nodes];
        let mut came_by: Vec<Option<(usize, Leg)>> = vec![None; nodes];
        let mut queue = BinaryHeap::new();
        best[start] = 0.0;
        queue.push(Entry(0.0, start));
        while let Some(Entry(distance, node)) = queue.pop() {
            if node == goal {
                break;
            }
            if distance > best[node] {
                continue;
            }
            for &(next, leg, length) in &adjacent[node] {
                let d = distance + length;
                if d < best[next] {
                    best[next] = d;
                    came_by[next] = Some((node, leg));
                    queue.push(Entry(d, next));
                }
            }
        }
        if start == goal || !best[goal].is_finite() {
            return None;
        }
        let mut legs = Vec::new();
        let mut node = goal;
        while let Some((previous, leg)) = came_by[node] {
            legs.push(leg);
            node = previous;
        }
        legs.reverse();
        Some(legs)
    }
}

/// Length of a path on the WGS84 ellipsoid, in kilometres.
pub fn path_length_km(path: &[LatLon]) -> f64 {
    use geo::{Distance, Geodesic, Point};
    path.windows(2)
        .map(|w| {
            Geodesic.distance(
                Point::new(w[0].lon, w[0].lat),
                Point::new(w[1].lon, w[1].lat),
            )
        })
        .sum::<f64>()
        / 1000.0
}

/// First and last year that any layer has a value for.
pub fn year_span(route: &Route) -> Option<(i32, i32)> {
    let years = route
        .layers
        .iter()
        .flat_map(|l| l.values.iter().map(|v| v.year));
    years.fold(None, |span, y| match span {
        None => Some((y, y)),
        Some((a, b)) => Some((a.min(y), b.max(y))),
    })
}

/// The year with the most actual values, the latest of those tied: the year the data knows
/// best, to open on.
pub fn best_known_year(route: &Route) -> Option<i32> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for v in route.layers.iter().flat_map(|l| &l.values) {
        if v.kind == crate::model::ValueKind::Actual {
            *counts.entry(v.year).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(year, n)| (n, year))
        .map(|(year, _)| year)
}

/// The year the app opens a route on: the one its data knows best, else its last year.
pub fn opening_year(route: &Route) -> i32 {
    best_known_year(route)
        .or(year_span(route).map(|s| s.1))
        .unwrap_or_default()
}

/// Band widths are proportional to value, with the layer's largest value drawn this wide.
pub const MAX_BAND_PX: f32 = 26.0;
/// Small values stay visible.
pub const MIN_BAND_PX: f32 = 2.5;
/// Width of a band for a status with no amount, such as a planned line.
pub const STATUS_BAND_PX: f32 = 5.0;

/// What a layer's legend row says for a year; the map's legend and exported legends share it.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendRow {
    /// Whether the layer has a value in the year.
    pub has_year: bool,
    /// Such as "band = 2 Mt", "status, no amount" or "no value for 2023".
    pub detail: String,
    /// Width of the sample band, in screen points.
    pub width: f32,
}

/// The detail is in the language of `tr`.
pub fn legend_row(layer: &FlowLayer, year: i32, tr: &crate::i18n::Tr) -> LegendRow {
    let widths = WidthScale::for_layer(layer);
    let has_year = layer.values.iter().any(|v| v.year == year);
    let detail = match (widths.legend_sample(), has_year) {
        (Some((value, _)), true) => crate::tr!(
            tr,
            "legend-band",
            amount = tr.numbers().amount(value, &layer.unit)
        ),
        (None, true) => tr.t("legend-status-only"),
        (_, false) => crate::tr!(tr, "legend-no-value", year = year.to_string()),
    };
    LegendRow {
        has_year,
        detail,
        width: widths.legend_sample().map_or(STATUS_BAND_PX, |(_, w)| w),
    }
}

/// How a layer's values map to band widths in screen points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WidthScale {
    pub px_per_unit: f64,
}

impl WidthScale {
    /// The scale that draws the layer's largest value, over all years, [`MAX_BAND_PX`] wide.
    pub fn for_layer(layer: &FlowLayer) -> Self {
        let max = layer
            .values
            .iter()
            .filter_map(|v| v.value)
            .filter(|v| v.is_finite())
            .fold(0.0_f64, f64::max);
        WidthScale {
            px_per_unit: if max > 0.0 {
                f64::from(MAX_BAND_PX) / max
            } else {
                0.0
            },
        }
    }

    /// Band width for a value; [`STATUS_BAND_PX`] for a value with no amount.
    pub fn width(&self, value: Option<f64>) -> f32 {
        match value {
            Some(v) if v.is_finite() && v >= 0.0 => {
                ((v * self.px_per_unit) as f32).clamp(MIN_BAND_PX, MAX_BAND_PX * 1.5)
            }
            _ => STATUS_BAND_PX,
        }
    }

    /// A round value for the legend whose band is between a third and the whole of the widest,
    /// with its width.
    pub fn legend_sample(&self) -> Option<(f64, f32)> {
        if self.px_per_unit <= 0.0 {
            return None;
        }
        let max_value = f64::from(MAX_BAND_PX) / self.px_per_unit;
        let magnitude = 10f64.powf(max_value.log10().floor());
        let value = [5.0, 2.0, 1.0]
            .into_iter()
            .map(|m| m * magnitude)
            .find(|&v| v <= max_value)
            .unwrap_or(magnitude);
        Some((value, self.width(Some(value))))
    }
}

/// Where several bands share a link, the offset of each band's centre from the link's line, in
/// screen points: bands side by side, `gap` apart, centred on the line.
pub fn side_by_side(widths: &[f32], gap: f32) -> Vec<f32> {
    let total: f32 = widths.iter().sum::<f32>() + gap * widths.len().saturating_sub(1) as f32;
    let mut at = -total / 2.0;
    widths
        .iter()
        .map(|&w| {
            let centre = at + w / 2.0;
            at += w + gap;
            centre
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FlowLayer, ValueKind};

    fn value(v: Option<f64>) -> FlowValue {
        FlowValue {
            from: "a".into(),
            to: "b".into(),
            links: Vec::new(),
            year: 2024,
            value: v,
            kind: ValueKind::Actual,
            source: "s".into(),
            excerpt: String::new(),
            note: Default::default(),
        }
    }

    fn layer(values: &[f64]) -> FlowLayer {
        FlowLayer {
            id: "l".into(),
            name: "L".into(),
            unit: "Mt".into(),
            color: "#000000".into(),
            description: Default::default(),
            directed: true,
            values: values.iter().map(|&v| value(Some(v))).collect(),
        }
    }

    #[test]
    fn width_is_proportional_to_value() {
        let scale = WidthScale::for_layer(&layer(&[3.2, 4.5, 10.0]));
        assert_eq!(scale.width(Some(10.0)), MAX_BAND_PX);
        let half = scale.width(Some(5.0));
        assert!((half - MAX_BAND_PX / 2.0).abs() < 1e-4);
        assert!((scale.width(Some(4.5)) / scale.width(Some(3.2)) - 4.5 / 3.2).abs() < 1e-4);
        assert_eq!(
            scale.width(Some(0.01)),
            MIN_BAND_PX,
            "tiny values stay visible"
        );
        assert_eq!(scale.width(None), STATUS_BAND_PX);
        assert_eq!(scale.width(Some(-1.0)), STATUS_BAND_PX);
    }

    #[test]
    fn legend_sample_is_round_and_fits() {
        let scale = WidthScale::for_layer(&layer(&[3.2, 7.0]));
        let (v, w) = scale.legend_sample().expect("sample");
        assert_eq!(v, 5.0);
        assert!(w <= MAX_BAND_PX && w > MAX_BAND_PX / 3.0);
        let trade = WidthScale::for_layer(&layer(&[533.0, 1000.0]));
        assert_eq!(trade.legend_sample().map(|s| s.0), Some(1000.0));
        assert_eq!(WidthScale::for_layer(&layer(&[])).legend_sample(), None);
    }

    #[test]
    fn bands_sit_side_by_side_centred_on_the_line() {
        assert_eq!(side_by_side(&[10.0], 2.0), vec![0.0]);
        assert_eq!(side_by_side(&[10.0, 6.0], 2.0), vec![-4.0, 6.0]);
        let offsets = side_by_side(&[4.0, 4.0, 4.0], 1.0);
        assert_eq!(offsets, vec![-5.0, 0.0, 5.0]);
        // Neighbours touch edge to edge, plus the gap: never overlapping.
        let widths = [8.0, 3.0, 12.0];
        let o = side_by_side(&widths, 1.5);
        for i in 0..2 {
            let edge_gap = (o[i + 1] - widths[i + 1] / 2.0) - (o[i] + widths[i] / 2.0);
            assert!((edge_gap - 1.5).abs() < 1e-5);
        }
    }
}
