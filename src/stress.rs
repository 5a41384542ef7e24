//! Synthetic routes of any size, for benchmarks and for trying the app on a large network.
//!
//! [`generate`] lays `nodes` places on a jittered grid over Eurasia (longitude 20° to 90°,
//! latitude 30° to 55°), joins near neighbours with `links` links (the grid's edges first, then
//! its diagonals, then longer hops), and gives each of `layers` flow layers values for several
//! years along ways of consecutive links. The same numbers always give the same route, and the
//! route passes the checker. [`write_geojson`] writes the same network as GeoJSON, as the
//! importer reads it.

use std::collections::HashMap;

use crate::model::{
    FORMAT_VERSION, FlowLayer, FlowValue, LatLon, Link, LinkMode, LinkStatus, Node, NodeKind,
    Route, Source, ValueKind,
};

/// The size of a synthetic route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StressSpec {
    pub nodes: usize,
    pub links: usize,
    pub layers: usize,
    /// Seeds the jitter, the kinds and the values; the same seed gives the same route.
    pub seed: u64,
}

impl Default for StressSpec {
    fn default() -> Self {
        StressSpec {
            nodes: 10_000,
            links: 50_000,
            layers: 5,
            seed: 1,
        }
    }
}

/// The years every layer has values for.
pub const YEARS: std::ops::RangeInclusive<i32> = 2019..=2025;

const WEST: f64 = 20.0;
const EAST: f64 = 90.0;
const SOUTH: f64 = 30.0;
const NORTH: f64 = 55.0;
const SOURCE_ID: &str = "synthetic";

/// Layers the route cycles through: name, unit, colour, whether the flow runs one way.
const LAYERS: [(&str, &str, &str, bool); 6] = [
    ("Containers", "kTEU", "#1d4ed8", true),
    ("Crude oil", "Mt", "#b45309", true),
    ("Grain", "Mt", "#15803d", true),
    ("Trade", "USD M", "#7c3aed", false),
    ("Electricity", "TWh", "#be123c", true),
    ("Passengers", "M trips", "#0e7490", false),
];

/// Countries by longitude band, west to east, so neighbouring places share one.
const COUNTRIES: [&str; 7] = [
    "Turkey",
    "Georgia",
    "Azerbaijan",
    "Turkmenistan",
    "Uzbekistan",
    "Kazakhstan",
    "China",
];

const SYLLABLES: [&str; 16] = [
    "ka", "ra", "bu", "tal", "sar", "mir", "go", "den", "ash", "ul", "tan", "kul", "bek", "or",
    "za", "yel",
];

/// A small deterministic generator (SplitMix64): enough randomness for jitter and choices, and
/// the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in 0..1.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The grid the places are laid on: as many columns as keep its cells about square.
struct Grid {
    rows: usize,
    cols: usize,
}

impl Grid {
    fn new(nodes: usize) -> Self {
        let aspect = (EAST - WEST) / (NORTH - SOUTH);
        let cols = ((nodes as f64 * aspect).sqrt().ceil() as usize).max(1);
        Grid {
            rows: nodes.div_ceil(cols).max(1),
            cols,
        }
    }

    fn at(&self, r: usize, c: usize, nodes: usize) -> Option<usize> {
        let i = r * self.cols + c;
        (r < self.rows && c < self.cols && i < nodes).then_some(i)
    }
}

/// Neighbour offsets (rows, columns), each pair of places counted once, nearest first and in
/// groups of equal length, out to a few cells.
fn neighbour_offsets() -> Vec<Vec<(usize, isize)>> {
    let mut offsets: Vec<(usize, isize)> = (0..=6usize)
        .flat_map(|dr| (-6..=6isize).map(move |dc| (dr, dc)))
        .filter(|&(dr, dc)| dr > 0 || dc > 0)
        .collect();
    let length = |&(dr, dc): &(usize, isize)| dr * dr + dc.unsigned_abs() * dc.unsigned_abs();
    offsets.sort_by_key(length);
    let mut groups: Vec<Vec<(usize, isize)>> = Vec::new();
    for offset in offsets {
        match groups.last_mut() {
            Some(group) if group.first().map(length) == Some(length(&offset)) => group.push(offset),
            _ => groups.push(vec![offset]),
        }
    }
    groups
}

fn name(rng: &mut Rng) -> String {
    let count = 2 + rng.below(2);
    let mut name: String = (0..count)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect();
    if let Some(first) = name.get(0..1) {
        let upper = first.to_uppercase();
        name.replace_range(0..1, &upper);
    }
    name
}

fn node_kind(rng: &mut Rng) -> NodeKind {
    match rng.below(100) {
        0..=3 => NodeKind::City,
        4..=5 => NodeKind::Port,
        6..=13 => NodeKind::RailJunction,
        14..=15 => NodeKind::BorderCrossing,
        16 => NodeKind::Terminal,
        _ => NodeKind::Place,
    }
}

fn link_mode(rng: &mut Rng) -> LinkMode {
    match rng.below(100) {
        0..=44 => LinkMode::Rail,
        45..=79 => LinkMode::Road,
        80..=89 => LinkMode::Pipeline,
        90..=96 => LinkMode::Power,
        97..=98 => LinkMode::SeaFerry,
        _ => LinkMode::SubseaCable,
    }
}

fn link_status(rng: &mut Rng) -> LinkStatus {
    match rng.below(100) {
        0..=84 => LinkStatus::Operating,
        85..=94 => LinkStatus::UnderConstruction,
        _ => LinkStatus::Planned,
    }
}

/// A synthetic route of the given size.
pub fn generate(spec: &StressSpec) -> Route {
    let mut rng = Rng(spec.seed);
    let grid = Grid::new(spec.nodes);
    let cell_lon = (EAST - WEST) / grid.cols as f64;
    let cell_lat = (NORTH - SOUTH) / grid.rows as f64;
    let nodes: Vec<Node> = (0..spec.nodes)
        .map(|i| {
            let (r, c) = (i / grid.cols, i % grid.cols);
            let lon = WEST + (c as f64 + 0.5 + (rng.unit() - 0.5) * 0.7) * cell_lon;
            let lat = SOUTH + (r as f64 + 0.5 + (rng.unit() - 0.5) * 0.7) * cell_lat;
            let country = COUNTRIES[(((lon - WEST) / (EAST - WEST)) * COUNTRIES.len() as f64)
                .clamp(0.0, COUNTRIES.len() as f64 - 1.0)
                as usize];
            Node {
                id: format!("n{i}"),
                name: name(&mut rng).into(),
                local_name: String::new(),
                kind: node_kind(&mut rng),
                country: country.to_string(),
                lat,
                lon,
                description: Default::default(),
            }
        })
        .collect();

    let mut links = Vec::with_capacity(spec.links);
    // The link between two places, whichever way it was made.
    let mut between: HashMap<(usize, usize), usize> = HashMap::with_capacity(spec.links);
    'offsets: for group in neighbour_offsets() {
        for a in 0..spec.nodes {
            let (r, c) = (a / grid.cols, a % grid.cols);
            for &(dr, dc) in &group {
                if links.len() >= spec.links {
                    break 'offsets;
                }
                let Some(b) = c
                    .checked_add_signed(dc)
                    .and_then(|c| grid.at(r + dr, c, spec.nodes))
                else {
                    continue;
                };
                let (from, to) = (&nodes[a], &nodes[b]);
                let index = links.len();
                // Every third link bends through a point beside its middle, as roads do.
                let via = if index % 3 == 0 {
                    let bend = (rng.unit() - 0.5) * 0.3;
                    vec![LatLon {
                        lat: (from.lat + to.lat) / 2.0 + (to.lon - from.lon) * bend,
                        lon: (from.lon + to.lon) / 2.0 - (to.lat - from.lat) * bend,
                    }]
                } else {
                    Vec::new()
                };
                links.push(Link {
                    id: format!("l{index}"),
                    name: Default::default(),
                    from: from.id.clone(),
                    to: to.id.clone(),
                    mode: link_mode(&mut rng),
                    status: link_status(&mut rng),
                    via,
                    description: Default::default(),
                });
                between.insert((a.min(b), a.max(b)), index);
            }
        }
    }

    let mut adjacent: Vec<Vec<usize>> = vec![Vec::new(); spec.nodes];
    for &(a, b) in between.keys() {
        adjacent[a].push(b);
        adjacent[b].push(a);
    }
    for list in &mut adjacent {
        list.sort_unstable();
    }
    let layers = (0..spec.layers)
        .map(|k| layer(k, spec, &nodes, &adjacent, &between, &mut rng))
        .collect();

    Route {
        schema: String::new(),
        version: FORMAT_VERSION,
        language: crate::model::DEFAULT_LANGUAGE.to_string(),
        id: format!("stress-{}-{}", spec.nodes, spec.links),
        title: format!(
            "Synthetic network: {} places, {} links",
            spec.nodes, spec.links
        )
        .into(),
        description: "A generated network for measuring how the app copes with size; the \
                      places, links and values are made up."
            .into(),
        sources: vec![Source {
            id: SOURCE_ID.to_string(),
            title: "Generated values".into(),
            ..Source::default()
        }],
        nodes,
        links,
        layers,
        ..Route::default()
    }
}

/// One flow layer: values over [`YEARS`] along ways of a few to a dozen consecutive links, each
/// way heading mostly one direction.
fn layer(
    k: usize,
    spec: &StressSpec,
    nodes: &[Node],
    adjacent: &[Vec<usize>],
    between: &HashMap<(usize, usize), usize>,
    rng: &mut Rng,
) -> FlowLayer {
    let (name, unit, color, directed) = LAYERS[k % LAYERS.len()];
    let ways = (spec.links / 100).max(1);
    let mut values = Vec::new();
    for _ in 0..ways {
        let start = rng.below(spec.nodes);
        let (east, north) = (rng.below(2) == 0, rng.below(2) == 0);
        let steps = 3 + rng.below(10);
        let mut way = vec![start];
        let mut link_ids = Vec::new();
        for _ in 0..steps {
            let Some(&at) = way.last() else { break };
            let ahead = |&&n: &&usize| {
                let (d_lon, d_lat) = (nodes[n].lon - nodes[at].lon, nodes[n].lat - nodes[at].lat);
                (if east { d_lon } else { -d_lon }) + 0.5 * (if north { d_lat } else { -d_lat })
            };
            let Some(&next) = adjacent[at]
                .iter()
                .filter(|n| !way.contains(n) && ahead(n) > 0.0)
                .max_by(|a, b| ahead(a).total_cmp(&ahead(b)))
            else {
                break;
            };
            let Some(&link) = between.get(&(at.min(next), at.max(next))) else {
                break;
            };
            way.push(next);
            link_ids.push(format!("l{link}"));
        }
        let (Some(&first), Some(&last)) = (way.first(), way.last()) else {
            continue;
        };
        if link_ids.is_empty() {
            continue;
        }
        let base = 1.0 + rng.unit() * 99.0;
        let growth = 0.9 + rng.unit() * 0.3;
        let mut amount = base;
        for year in YEARS {
            amount *= growth;
            // Some years have no figure, so the map shows the gaps.
            if rng.below(10) == 0 {
                continue;
            }
            let kind = if year >= 2025 {
                ValueKind::Plan
            } else if rng.below(5) == 0 {
                ValueKind::Estimate
            } else {
                ValueKind::Actual
            };
            values.push(FlowValue {
                from: nodes[first].id.clone(),
                to: nodes[last].id.clone(),
                links: link_ids.clone(),
                year: Some(year),
                period: String::new(),
                value: Some((amount * 10.0).round() / 10.0),
                kind,
                source: SOURCE_ID.to_string(),
                excerpt: String::new(),
                note: Default::default(),
                directed: None,
            });
        }
    }
    FlowLayer {
        id: format!("layer-{k}"),
        name: if k < LAYERS.len() {
            name.into()
        } else {
            format!("{name} {}", k / LAYERS.len() + 1).into()
        },
        unit: unit.into(),
        color: color.to_string(),
        description: Default::default(),
        directed,
        modes: Vec::new(),
        values,
    }
}

/// Keeps the route's first `count` flow values, layer by layer, and clears their `links`, so
/// that the app finds every way itself, over each layer's modes: the first layer travels rail,
/// road and sea, the others any link.
pub fn unrouted(route: &mut Route, count: usize) {
    let mut left = count;
    for (k, layer) in route.layers.iter_mut().enumerate() {
        let keep = left.min(layer.values.len());
        layer.values.truncate(keep);
        left -= keep;
        for value in &mut layer.values {
            value.links.clear();
        }
        if k == 0 {
            layer.modes = vec![LinkMode::Rail, LinkMode::Road, LinkMode::SeaFerry];
        }
    }
    route.layers.retain(|l| !l.values.is_empty());
}

/// Gives the route `count` values without `links` between places drawn at random, each from a
/// place of its own where there are enough: the worst case for routing, where no two values
/// share a search.
pub fn scattered(route: &mut Route, count: usize, seed: u64) {
    let mut rng = Rng(seed);
    let nodes = route.nodes.len();
    let Some(first) = route.layers.first_mut() else {
        return;
    };
    let Some(template) = first.values.first().cloned() else {
        return;
    };
    first.modes.clear();
    first.values = (0..count)
        .filter_map(|i| {
            let from = route.nodes.get(if count <= nodes {
                i * nodes / count
            } else {
                rng.below(nodes)
            })?;
            let to = route.nodes.get(rng.below(nodes))?;
            Some(FlowValue {
                from: from.id.clone(),
                to: to.id.clone(),
                links: Vec::new(),
                ..template.clone()
            })
        })
        .collect();
    route.layers.truncate(1);
}

/// Writes the route's nodes and links as a GeoJSON FeatureCollection: a Point per node and a
/// LineString per link, with the properties the importer reads. GeoJSON gives a line one value,
/// so a link on a flow way carries its first layer's latest value there, with `layer`, `unit`,
/// `year` and `kind`.
pub fn write_geojson(route: &Route, out: &mut impl std::io::Write) -> std::io::Result<()> {
    use serde_json::{Value, json};
    let node_at: HashMap<&str, &Node> = route.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let mut flow: HashMap<&str, (&FlowLayer, &FlowValue)> = HashMap::new();
    for layer in &route.layers {
        for value in &layer.values {
            for id in &value.links {
                let entry = flow.entry(id.as_str()).or_insert((layer, value));
                if std::ptr::eq(entry.0, layer) && value.year > entry.1.year {
                    *entry = (layer, value);
                }
            }
        }
    }
    writeln!(
        out,
        "{{\"type\":\"FeatureCollection\",\"name\":{},\"features\":[",
        Value::from(route.title.as_str())
    )?;
    let mut first = true;
    let mut feature = |out: &mut dyn std::io::Write, f: Value| -> std::io::Result<()> {
        if !first {
            out.write_all(b",\n")?;
        }
        first = false;
        serde_json::to_writer(&mut *out, &f).map_err(std::io::Error::other)
    };
    for node in &route.nodes {
        feature(
            out,
            json!({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [node.lon, node.lat]},
                "properties": {
                    "id": node.id,
                    "name": node.name,
                    "kind": word(&node.kind),
                    "country": node.country,
                },
            }),
        )?;
    }
    for link in &route.links {
        let (Some(from), Some(to)) = (
            node_at.get(link.from.as_str()),
            node_at.get(link.to.as_str()),
        ) else {
            continue;
        };
        let coordinates: Vec<[f64; 2]> = link
            .path_between(from, to)
            .iter()
            .map(|p| [p.lon, p.lat])
            .collect();
        let mut properties = json!({
            "id": link.id,
            "mode": word(&link.mode),
            "status": word(&link.status),
            "from": link.from,
            "to": link.to,
        });
        if let (Some((layer, value)), Some(map)) =
            (flow.get(link.id.as_str()), properties.as_object_mut())
            && let Some(amount) = value.value
        {
            map.insert("value".into(), amount.into());
            map.insert("year".into(), value.year.into());
            map.insert("layer".into(), layer.name.as_str().into());
            map.insert("unit".into(), layer.unit.as_str().into());
            map.insert("kind".into(), word(&value.kind).into());
        }
        feature(
            out,
            json!({
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": coordinates},
                "properties": properties,
            }),
        )?;
    }
    out.write_all(b"\n]}\n")
}

/// The snake_case word a model enum is written as in files.
fn word(value: &impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> StressSpec {
        StressSpec {
            nodes: 400,
            links: 1_500,
            layers: 3,
            seed: 7,
        }
    }

    #[test]
    fn the_route_has_the_size_asked_for_and_passes_the_checker() {
        let route = generate(&small());
        assert_eq!(route.nodes.len(), 400);
        assert_eq!(route.links.len(), 1_500);
        assert_eq!(route.layers.len(), 3);
        assert!(route.layers.iter().all(|l| !l.values.is_empty()));
        let years: std::collections::BTreeSet<i32> = route.layers[0]
            .values
            .iter()
            .filter_map(|v| v.year)
            .collect();
        assert!(years.len() > 3, "{years:?}");
        let (errors, warnings) = crate::io::check_route(&route, "", "stress.json");
        assert!(errors.is_empty(), "{errors:?}");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(
            route
                .nodes
                .iter()
                .all(|n| (WEST..=EAST).contains(&n.lon) && (SOUTH..=NORTH).contains(&n.lat))
        );
    }

    #[test]
    fn a_written_route_file_loads_and_checks() {
        let dir =
            std::env::temp_dir().join(format!("corridor-atlas-stress-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let path = dir.join("stress.json");
        let route = generate(&small());
        crate::io::save_route(&route, &path).expect("saved");
        let loaded = crate::io::load_route_file(&path).expect("loads and checks");
        assert_eq!(loaded.route.nodes.len(), route.nodes.len());
        assert_eq!(loaded.route.links.len(), route.links.len());
        assert_eq!(loaded.route.layers.len(), route.layers.len());
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_same_spec_gives_the_same_route() {
        assert_eq!(generate(&small()), generate(&small()));
        let other = StressSpec { seed: 8, ..small() };
        assert_ne!(generate(&small()), generate(&other));
    }

    #[test]
    fn links_join_near_neighbours() {
        let route = generate(&small());
        let at: HashMap<&str, &Node> = route.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
        let longest = route
            .links
            .iter()
            .map(|l| {
                let (a, b) = (at[l.from.as_str()], at[l.to.as_str()]);
                (a.lon - b.lon).hypot(a.lat - b.lat)
            })
            .fold(0.0, f64::max);
        assert!(longest < 15.0, "{longest}");
    }

    #[test]
    fn the_geojson_imports_as_the_same_network() {
        let route = generate(&small());
        let mut text = Vec::new();
        write_geojson(&route, &mut text).expect("written to memory");
        let text = String::from_utf8(text).expect("UTF-8");
        let imported =
            crate::io::import::geojson(&text, "stress.geojson").expect("imports without errors");
        assert_eq!(imported.route.nodes.len(), route.nodes.len());
        assert_eq!(imported.route.links.len(), route.links.len());
        assert!(!imported.route.layers.is_empty());
        assert!(imported.route.layers.iter().all(|l| !l.values.is_empty()));
    }
}
