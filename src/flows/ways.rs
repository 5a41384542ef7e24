//! Which links a flow value runs along: those it lists, checked to join up and to be of a kind
//! its layer travels, or else the shortest way over the links of the layer's modes.
//!
//! Values without `links` are routed together ([`Ways::all_legs`]): those that start at the same
//! place over the same modes share one search, and the search's arrays are kept from one
//! search to the next, so thousands of values on a network of thousands of places are routed
//! in moments, in memory that grows with the network, not with the number of values.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use crate::model::{FlowLayer, FlowValue, LatLon, Link, LinkMode, Route};

/// One link of a flow's way, and whether the flow runs against the link's from→to direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Leg {
    pub link: usize,
    pub reversed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FlowPathError {
    #[error("unknown link '{0}'")]
    UnknownLink(String),
    #[error(
        "link '{link}' does not continue from '{at}'; list the links in order from 'from' to 'to'"
    )]
    Broken { link: String, at: String },
    #[error("the links end at '{end}', not at '{to}'")]
    WrongEnd { end: String, to: String },
    #[error(
        "link '{link}' is a {} link, and the layer travels {} only; list links of those modes, or add '{}' to the layer's 'modes'",
        mode_name(*mode),
        mode_list(modes),
        mode_name(*mode)
    )]
    WrongMode {
        link: String,
        mode: LinkMode,
        modes: Vec<LinkMode>,
    },
    #[error("no chain of links joins '{from}' to '{to}'; list the links in 'links' or add links")]
    NoWay { from: String, to: String },
    #[error(
        "no chain of links of the layer's modes ({}) joins '{from}' to '{to}'; add links of those modes, list the links in 'links', or add a mode to the layer's 'modes'",
        mode_list(modes)
    )]
    NoWayOverModes {
        from: String,
        to: String,
        modes: Vec<LinkMode>,
    },
}

/// Modes as a route file spells them: "pipeline, sea_ferry, rail".
pub fn mode_list(modes: &[LinkMode]) -> String {
    modes
        .iter()
        .map(|&m| mode_name(m))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A mode as a route file spells it: `sea_ferry`.
pub fn mode_name(mode: LinkMode) -> String {
    serde_json::to_value(mode)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The links a value runs along: those it lists, checked to join up, or else the shortest way
/// over the links of the layer's modes, by length on the ground. For many values, use one
/// [`Ways`].
pub fn legs(
    route: &Route,
    layer: &FlowLayer,
    value: &FlowValue,
) -> Result<Vec<Leg>, FlowPathError> {
    Ways::new(route).legs(layer, value)
}

/// A set of link modes, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Modes(u8);

impl Modes {
    fn bit(mode: LinkMode) -> u8 {
        const _: () = assert!(<LinkMode as strum::VariantArray>::VARIANTS.len() <= 8);
        1 << (mode as u8)
    }

    fn of(layer: &FlowLayer) -> Modes {
        if layer.modes.is_empty() {
            Modes(u8::MAX)
        } else {
            Modes(layer.modes.iter().fold(0, |m, &mode| m | Self::bit(mode)))
        }
    }
}

/// One direction of a link, as the search walks it.
#[derive(Clone, Copy, Debug)]
struct Edge {
    to: usize,
    leg: Leg,
    mode: u8,
    km: f64,
}

/// The route's links as a graph, both ways, edges of each node side by side.
struct Graph {
    /// The edges at node `i` are `edges[start[i]..start[i + 1]]`.
    start: Vec<usize>,
    edges: Vec<Edge>,
    /// Which piece of the network over every link each node is in, to tell a value with no
    /// way at all from one with no way over its layer's modes.
    piece: Vec<u32>,
    /// Each node's place on the unit sphere, for the distance still to go.
    unit: Vec<[f64; 3]>,
}

/// The arrays of one search, kept for the next.
#[derive(Default)]
struct Search {
    distance: Vec<f64>,
    /// The node each node was reached from and the edge it came by; `usize::MAX` for none.
    came_by: Vec<(usize, usize)>,
    settled: Vec<bool>,
    /// Nodes whose entries are set, to clear them for the next search.
    touched: Vec<usize>,
    queue: BinaryHeap<Entry>,
}

#[derive(PartialEq)]
struct Entry(f64, usize);

impl Eq for Entry {}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Entry {
    /// The nearest first: the heap is a max-heap.
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.total_cmp(&self.0).then(other.1.cmp(&self.1))
    }
}

/// Finds the ways of many flow values through one route, looking ids up by hash rather than
/// scanning the route for each, so a route of 100,000 links is checked in moments.
pub struct Ways<'a> {
    route: &'a Route,
    node_of: HashMap<&'a str, usize>,
    link_of: HashMap<&'a str, usize>,
    /// Built when a value first needs the shortest way.
    graph: std::cell::OnceCell<Graph>,
    search: RefCell<Search>,
}

/// A value to route: its place in the route, and where it starts and ends.
struct Request {
    layer: usize,
    value: usize,
    goal: usize,
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
            graph: std::cell::OnceCell::new(),
            search: RefCell::new(Search::default()),
        }
    }

    /// Index of the node with this id.
    pub fn node(&self, id: &str) -> Option<usize> {
        self.node_of.get(id).copied()
    }

    /// The link's full path from its first node to its last, through its `via` points.
    pub fn link_path(&self, link: &Link) -> Option<Vec<LatLon>> {
        let from = self.route.nodes.get(self.node(&link.from)?)?;
        let to = self.route.nodes.get(self.node(&link.to)?)?;
        Some(link.path_between(from, to))
    }

    /// The way of one value of `layer`.
    pub fn legs(&self, layer: &FlowLayer, value: &FlowValue) -> Result<Vec<Leg>, FlowPathError> {
        if !value.links.is_empty() {
            return self.listed(layer, value);
        }
        let (Some(start), Some(goal)) = (self.node(&value.from), self.node(&value.to)) else {
            return Err(no_way(value));
        };
        let modes = Modes::of(layer);
        let mut found = None;
        self.search_from(start, modes, &[goal], |_, legs| found = legs);
        found.ok_or_else(|| self.no_way_over(layer, value, start, goal))
    }

    /// The way of every value of every layer, by layer and value. Values that start at the
    /// same place over the same modes share one search.
    pub fn all_legs(&self) -> Vec<Vec<Result<Vec<Leg>, FlowPathError>>> {
        let route = self.route;
        let mut out: Vec<Vec<Result<Vec<Leg>, FlowPathError>>> = route
            .layers
            .iter()
            .map(|layer| {
                layer
                    .values
                    .iter()
                    .map(|v| {
                        if v.links.is_empty() {
                            Err(no_way(v))
                        } else {
                            self.listed(layer, v)
                        }
                    })
                    .collect()
            })
            .collect();
        let mut groups: HashMap<(usize, Modes), Vec<Request>> = HashMap::new();
        for (li, layer) in route.layers.iter().enumerate() {
            let modes = Modes::of(layer);
            for (vi, v) in layer.values.iter().enumerate() {
                if !v.links.is_empty() {
                    continue;
                }
                if let (Some(start), Some(goal)) = (self.node(&v.from), self.node(&v.to)) {
                    groups.entry((start, modes)).or_default().push(Request {
                        layer: li,
                        value: vi,
                        goal,
                    });
                }
            }
        }
        for ((start, modes), requests) in groups {
            let goals: Vec<usize> = requests.iter().map(|r| r.goal).collect();
            let mut found: HashMap<usize, Option<Vec<Leg>>> = HashMap::new();
            self.search_from(start, modes, &goals, |goal, legs| {
                found.insert(goal, legs);
            });
            for r in requests {
                let Some(slot) = out.get_mut(r.layer).and_then(|l| l.get_mut(r.value)) else {
                    continue;
                };
                let (Some(layer), Some(value)) = (
                    route.layers.get(r.layer),
                    route
                        .layers
                        .get(r.layer)
                        .and_then(|l| l.values.get(r.value)),
                ) else {
                    continue;
                };
                *slot = match found.get(&r.goal) {
                    Some(Some(legs)) => Ok(legs.clone()),
                    _ => Err(self.no_way_over(layer, value, start, r.goal)),
                };
            }
        }
        out
    }

    /// The links a value lists, checked to join up from its start to its end, and to be of
    /// the layer's modes.
    fn listed(&self, layer: &FlowLayer, value: &FlowValue) -> Result<Vec<Leg>, FlowPathError> {
        let route = self.route;
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
            if !layer.travels(link.mode) {
                return Err(FlowPathError::WrongMode {
                    link: id.clone(),
                    mode: link.mode,
                    modes: layer.modes.clone(),
                });
            }
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

    /// Why a value has no way: no links join its ends at all, or none of the layer's modes do.
    fn no_way_over(
        &self,
        layer: &FlowLayer,
        value: &FlowValue,
        start: usize,
        goal: usize,
    ) -> FlowPathError {
        let graph = self.graph();
        let joined = start != goal && graph.piece.get(start) == graph.piece.get(goal);
        if joined && !layer.modes.is_empty() {
            FlowPathError::NoWayOverModes {
                from: value.from.clone(),
                to: value.to.clone(),
                modes: layer.modes.clone(),
            }
        } else {
            no_way(value)
        }
    }

    fn graph(&self) -> &Graph {
        self.graph.get_or_init(|| Graph::new(self))
    }

    /// The shortest ways from `start` over links of `modes`, both ways, by length on the
    /// ground, searched until every goal is reached or nothing more is; calls `found` once for
    /// each goal with its way, `None` where there is none (or the goal is the start).
    fn search_from(
        &self,
        start: usize,
        modes: Modes,
        goals: &[usize],
        mut found: impl FnMut(usize, Option<Vec<Leg>>),
    ) {
        let graph = self.graph();
        let nodes = graph.start.len().saturating_sub(1);
        let mut search = self.search.borrow_mut();
        let search = &mut *search;
        if search.distance.len() != nodes {
            search.distance = vec![f64::INFINITY; nodes];
            search.came_by = vec![(usize::MAX, usize::MAX); nodes];
            search.settled = vec![false; nodes];
            search.touched.clear();
        }
        for &n in &search.touched {
            search.distance[n] = f64::INFINITY;
            search.came_by[n] = (usize::MAX, usize::MAX);
            search.settled[n] = false;
        }
        search.touched.clear();
        search.queue.clear();

        let mut left: Vec<usize> = goals.iter().copied().filter(|&g| g < nodes).collect();
        left.sort_unstable();
        left.dedup();
        if start < nodes {
            search.distance[start] = 0.0;
            search.touched.push(start);
            search.queue.push(Entry(0.0, start));
        }
        // Towards a single goal, the search is led by the distance still to go (A*); towards
        // several, it spreads evenly until it has reached them all (Dijkstra).
        let toward = match left.as_slice() {
            [goal] => graph.unit.get(*goal).copied(),
            _ => None,
        };
        let still_to_go = |n: usize| match (toward, graph.unit.get(n)) {
            (Some(goal), Some(&at)) => least_km(at, goal),
            _ => 0.0,
        };
        let mut waiting = left.len();
        while let Some(Entry(_, node)) = search.queue.pop() {
            if search.settled[node] {
                continue;
            }
            search.settled[node] = true;
            let distance = search.distance[node];
            if left.binary_search(&node).is_ok() {
                waiting -= 1;
                if waiting == 0 {
                    break;
                }
            }
            for e in graph.start[node]..graph.start[node + 1] {
                let edge = &graph.edges[e];
                if edge.mode & modes.0 == 0 {
                    continue;
                }
                let next = edge.to;
                let d = distance + edge.km;
                if d < search.distance[next] {
                    if search.distance[next].is_infinite() {
                        search.touched.push(next);
                    }
                    search.distance[next] = d;
                    search.came_by[next] = (node, e);
                    search.queue.push(Entry(d + still_to_go(next), next));
                }
            }
        }
        for &goal in goals {
            let reached = goal < nodes && goal != start && search.settled[goal];
            found(goal, reached.then(|| way_to(graph, search, start, goal)));
        }
    }
}

/// A radius a little below the Earth's least, so that the distance along a great circle of it
/// is never more than the distance on the ground (on the WGS84 ellipsoid, which the lengths of
/// links are measured on) and the search led by it still finds the shortest way.
const LEAST_RADIUS_KM: f64 = 6_300.0;

/// The point on the unit sphere at `lat`, `lon` degrees.
fn unit_vector(lat: f64, lon: f64) -> [f64; 3] {
    let (lat, lon) = (lat.to_radians(), lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// No more than the distance on the ground between two points of the unit sphere, in km.
fn least_km(a: [f64; 3], b: [f64; 3]) -> f64 {
    let chord = ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt();
    let angle = 2.0 * (chord / 2.0).clamp(0.0, 1.0).asin();
    if angle.is_finite() {
        angle * LEAST_RADIUS_KM
    } else {
        0.0
    }
}

/// The way from `start` to `goal` through the search's tree.
fn way_to(graph: &Graph, search: &Search, start: usize, goal: usize) -> Vec<Leg> {
    let mut legs = Vec::new();
    let mut node = goal;
    while node != start {
        let Some(&(previous, edge)) = search.came_by.get(node) else {
            break;
        };
        let Some(edge) = graph.edges.get(edge) else {
            break;
        };
        legs.push(edge.leg);
        node = previous;
    }
    legs.reverse();
    legs
}

fn no_way(value: &FlowValue) -> FlowPathError {
    FlowPathError::NoWay {
        from: value.from.clone(),
        to: value.to.clone(),
    }
}

impl Graph {
    fn new(ways: &Ways) -> Graph {
        let route = ways.route;
        let nodes = route.nodes.len();
        // Each link's ends and length, once.
        let links: Vec<Option<(usize, usize, f64)>> = route
            .links
            .iter()
            .map(|link| {
                let (a, b) = (ways.node(&link.from)?, ways.node(&link.to)?);
                let km = ways
                    .link_path(link)
                    .map_or(f64::INFINITY, |p| super::path_length_km(&p));
                Some((a, b, km))
            })
            .collect();
        let mut count = vec![0usize; nodes + 1];
        for &(a, b, _) in links.iter().flatten() {
            count[a + 1] += 1;
            count[b + 1] += 1;
        }
        for i in 0..nodes {
            count[i + 1] += count[i];
        }
        let start = count.clone();
        let mut next = count;
        let placeholder = Edge {
            to: 0,
            leg: Leg {
                link: 0,
                reversed: false,
            },
            mode: 0,
            km: 0.0,
        };
        let mut edges = vec![placeholder; start[nodes]];
        for (i, (ends, link)) in links.iter().zip(&route.links).enumerate() {
            let Some((a, b, km)) = *ends else { continue };
            for (at, other, reversed) in [(a, b, false), (b, a, true)] {
                edges[next[at]] = Edge {
                    to: other,
                    leg: Leg { link: i, reversed },
                    mode: Modes::bit(link.mode),
                    km,
                };
                next[at] += 1;
            }
        }
        let piece = pieces(nodes, &start, &edges);
        Graph {
            start,
            edges,
            piece,
            unit: route
                .nodes
                .iter()
                .map(|n| unit_vector(n.lat, n.lon))
                .collect(),
        }
    }
}

/// For each node, the piece of the network it is in, over links of every mode.
fn pieces(nodes: usize, start: &[usize], edges: &[Edge]) -> Vec<u32> {
    let mut piece = vec![u32::MAX; nodes];
    let mut stack = Vec::new();
    for first in 0..nodes {
        if piece[first] != u32::MAX {
            continue;
        }
        let id = first as u32;
        piece[first] = id;
        stack.push(first);
        while let Some(n) = stack.pop() {
            for e in &edges[start[n]..start[n + 1]] {
                let to = e.to;
                if piece[to] == u32::MAX {
                    piece[to] = id;
                    stack.push(to);
                }
            }
        }
    }
    piece
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stress::{StressSpec, generate};

    #[test]
    fn the_distance_still_to_go_is_never_more_than_on_the_ground() {
        // Short and long, along meridians and parallels, near the poles and across the date
        // line: the ellipsoid is flattest at the poles and narrowest at the equator.
        let mut pairs = Vec::new();
        for lat in [-89.0, -60.0, -30.0, -1.0, 0.0, 0.5, 30.0, 45.0, 60.0, 89.9] {
            for (dlat, dlon) in [
                (0.0, 0.001),
                (0.001, 0.0),
                (0.1, 0.1),
                (1.0, 0.0),
                (0.0, 1.0),
                (5.0, 7.0),
                (-20.0, 40.0),
                (0.0, 179.0),
                (-30.0, 181.5),
            ] {
                let to_lat = f64::clamp(lat + dlat, -90.0, 90.0);
                pairs.push(((lat, 10.0), (to_lat, 10.0 + dlon)));
            }
        }
        for ((lat_a, lon_a), (lat_b, lon_b)) in pairs {
            let ground = super::super::path_length_km(&[
                LatLon {
                    lat: lat_a,
                    lon: lon_a,
                },
                LatLon {
                    lat: lat_b,
                    lon: lon_b,
                },
            ]);
            let least = least_km(unit_vector(lat_a, lon_a), unit_vector(lat_b, lon_b));
            assert!(
                least <= ground,
                "({lat_a}, {lon_a}) to ({lat_b}, {lon_b}): {least} km still to go, {ground} km on the ground"
            );
            assert!(
                least >= 0.95 * ground,
                "a close bound leads the search well"
            );
        }
    }

    #[test]
    fn a_search_led_to_one_goal_finds_a_way_as_short_as_one_spread_to_several() {
        let route = generate(&StressSpec {
            nodes: 600,
            links: 1_800,
            layers: 2,
            seed: 11,
        });
        let ways = Ways::new(&route);
        let km = |legs: &[Leg]| -> f64 {
            legs.iter()
                .map(|leg| {
                    ways.graph()
                        .edges
                        .iter()
                        .find(|e| e.leg == *leg)
                        .map_or(0.0, |e| e.km)
                })
                .sum()
        };
        let nodes = route.nodes.len();
        let mut compared = 0;
        for (a, b) in (0..300).map(|i| ((i * 7) % nodes, (i * 13 + 5) % nodes)) {
            let mut led = None;
            ways.search_from(a, Modes(u8::MAX), &[b], |_, legs| led = legs);
            // A second goal, far from the first, makes the search spread evenly.
            let other = (b + nodes / 2) % nodes;
            let mut spread = None;
            ways.search_from(a, Modes(u8::MAX), &[b, other], |goal, legs| {
                if goal == b {
                    spread = legs;
                }
            });
            match (led, spread) {
                (Some(l), Some(s)) => {
                    assert!((km(&l) - km(&s)).abs() < 1e-6, "{a} to {b}");
                    compared += 1;
                }
                (l, s) => assert_eq!(l.is_none(), s.is_none(), "{a} to {b}"),
            }
        }
        assert!(compared > 200, "{compared} ways compared");
    }
}
