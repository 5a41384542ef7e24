//! Where the route's nodes, links and areas lie on the map plane: projected once per route and
//! projection, with what every view of it reuses (link boxes, drawing order, label order).

use std::sync::Arc;

use ecolor::Color32;

use crate::map::basemap::CountryMesh;
use crate::map::projection::{MapPoint, Projection, bounding_box};
use crate::model::Route;

use super::labels::label_order;
use super::style;

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
            flow_legs: ways
                .all_legs()
                .into_iter()
                .map(|layer| layer.into_iter().map(Result::unwrap_or_default).collect())
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

    /// Map-plane box around every node and link; around the areas for a route of areas alone.
    pub fn bounds(&self) -> Option<(MapPoint, MapPoint)> {
        let areas = self
            .areas
            .iter()
            .flatten()
            .filter(|_| self.nodes.is_empty())
            .flat_map(|mesh| {
                let (min, max) = (mesh.bounds.min(), mesh.bounds.max());
                [MapPoint::new(min.x, min.y), MapPoint::new(max.x, max.y)]
            });
        bounding_box(
            self.nodes
                .iter()
                .chain(self.links.iter().flat_map(|l| l.iter()))
                .copied()
                .chain(areas),
        )
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
    crate::map::basemap::shape_mesh(
        projection,
        &area.name,
        &MultiPolygon(polygons),
        crate::map::basemap::Fill::Triangles,
    )
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
