//! Natural Earth country shapes, cut at the projection's seam, projected and triangulated once per
//! projection and level of detail, with the large lakes ([`super::lakes`]) as water over them.

use std::sync::Arc;

use geo::{
    Area, BooleanOps, BoundingRect, Coord, LineString, MultiPolygon, Polygon, Rect,
    TriangulateEarcut,
};

use super::projection::{MapPoint, Projection};

/// Countries at 1:110 million: for the whole world on one screen. Each level is carried deflated
/// (see `crate::embedded`).
const COUNTRIES_110M: &[u8] = crate::deflated!("countries-110m.json");
/// 1:50 million: for a region such as the Caspian.
const COUNTRIES_50M: &[u8] = crate::deflated!("countries-50m.json");
/// 1:10 million: for a close look at a port or a border crossing.
const COUNTRIES_10M: &[u8] = crate::deflated!("countries-10m.json");

#[derive(Debug, thiserror::Error)]
pub enum BasemapError {
    #[error("the built-in basemap ({0}) could not be read: {1}")]
    Decode(&'static str, String),
}

/// How much detail the shapes have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Detail {
    Coarse,
    Medium,
    Fine,
}

impl Detail {
    fn source(self) -> (&'static str, &'static [u8]) {
        match self {
            Detail::Coarse => ("countries-110m.json", COUNTRIES_110M),
            Detail::Medium => ("countries-50m.json", COUNTRIES_50M),
            Detail::Fine => ("countries-10m.json", COUNTRIES_10M),
        }
    }

    /// The detail worth drawing at this zoom: Natural Earth's scales hold up to about 1 px per
    /// 2 km (10m), 8 km (50m) and beyond (110m).
    pub fn for_scale(km_per_px: f64) -> Detail {
        if km_per_px > 9.0 {
            Detail::Coarse
        } else if km_per_px > 2.0 {
            Detail::Medium
        } else {
            Detail::Fine
        }
    }
}

/// One country in longitude/latitude, as read from the basemap.
#[derive(Clone, Debug)]
pub struct Country {
    pub name: String,
    pub shape: MultiPolygon<f64>,
}

/// Reads the countries of one level of detail. Antarctica is left out: no corridor runs there and
/// it would wrap around any conic's edge.
pub fn read_countries(detail: Detail) -> Result<Vec<Country>, BasemapError> {
    let (name, deflated) = detail.source();
    let bytes = crate::embedded::inflate(name, deflated)
        .map_err(|e| BasemapError::Decode(name, e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| BasemapError::Decode(name, e.to_string()))?;
    let polygons = super::topology::read_polygons(&text, "countries")
        .map_err(|e| BasemapError::Decode(name, e.to_string()))?;
    Ok(polygons
        .into_iter()
        .filter(|(country, _)| country != "Antarctica")
        .map(|(name, shape)| Country { name, shape })
        .collect())
}

/// A country ready to draw: triangles and outlines on the map plane (kilometres, y north).
#[derive(Clone, Debug)]
pub struct CountryMesh {
    pub name: String,
    pub bounds: Rect<f64>,
    /// Triangle vertices.
    pub vertices: Vec<[f32; 2]>,
    pub indices: Vec<u32>,
    /// Closed rings: coasts and borders.
    pub outlines: Vec<Vec<[f32; 2]>>,
    /// Places inside the country a label may go, best first.
    pub label_anchors: Vec<MapPoint>,
    /// Projected area, km².
    pub area: f64,
}

/// All countries of one detail level under one projection, and the large lakes drawn over them.
#[derive(Clone, Debug)]
pub struct BasemapMeshes {
    pub projection: Projection,
    pub detail: Detail,
    pub countries: Vec<CountryMesh>,
    /// The large lakes, which the countries cover as land; shared with the display list.
    pub lakes: Vec<Arc<CountryMesh>>,
    triangles: TriangleGrid,
}

impl BasemapMeshes {
    /// Every country projected and triangulated, for the GPU and the pointer's country.
    pub fn build(projection: &Projection, detail: Detail, countries: &[Country]) -> Self {
        let countries: Vec<CountryMesh> = countries
            .iter()
            .filter_map(|c| shape_mesh(projection, &c.name, &c.shape, Fill::Triangles))
            .collect();
        BasemapMeshes {
            projection: *projection,
            detail,
            triangles: TriangleGrid::new(&countries),
            countries,
            lakes: lake_meshes(projection, Fill::Triangles),
        }
    }

    /// Every country projected as rings only, with no triangles: what a picture drawn on the
    /// CPU or written as SVG fills, at a fraction of the cost of triangulating the world.
    pub fn outlines(projection: &Projection, detail: Detail, countries: &[Country]) -> Self {
        BasemapMeshes {
            projection: *projection,
            detail,
            triangles: TriangleGrid::default(),
            countries: countries
                .iter()
                .filter_map(|c| shape_mesh(projection, &c.name, &c.shape, Fill::Rings))
                .collect(),
            lakes: lake_meshes(projection, Fill::Rings),
        }
    }

    /// The triangles whose boxes reach into the box from `lo` to `hi`, each once, as its
    /// country's place in [`Self::countries`] and the place of its first corner in that
    /// country's indices, in the countries' order.
    pub fn triangles_within(&self, lo: MapPoint, hi: MapPoint) -> Vec<(u32, u32)> {
        let mut found: Vec<(u32, u32)> = self
            .triangles
            .cells_within(lo, hi)
            .flat_map(|cell| cell.iter().copied())
            .filter(|&(country, first)| {
                let Some(c) = self.countries.get(country as usize) else {
                    return false;
                };
                let first = first as usize;
                let corners = c.indices.get(first..first + 3).unwrap_or_default();
                let (mut min, mut max) = ([f32::MAX; 2], [f32::MIN; 2]);
                for v in corners.iter().filter_map(|&i| c.vertices.get(i as usize)) {
                    for axis in 0..2 {
                        min[axis] = min[axis].min(v[axis]);
                        max[axis] = max[axis].max(v[axis]);
                    }
                }
                f64::from(max[0]) >= lo.x
                    && f64::from(min[0]) <= hi.x
                    && f64::from(max[1]) >= lo.y
                    && f64::from(min[1]) <= hi.y
            })
            .collect();
        // A triangle across cells is listed in each.
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Name of the country whose land is at this map point: none on the sea or a large lake.
    pub fn land_at(&self, p: MapPoint) -> Option<&str> {
        if in_lake(&self.lakes, p) {
            None
        } else {
            self.country_at(p)
        }
    }

    /// Name of the country whose shape holds this map point, if any, large lakes included.
    pub fn country_at(&self, p: MapPoint) -> Option<&str> {
        self.triangles
            .near(p)
            .iter()
            .find(|&&(country, first)| {
                let Some(c) = self.countries.get(country as usize) else {
                    return false;
                };
                let first = first as usize;
                let Some(t) = c.indices.get(first..first + 3) else {
                    return false;
                };
                let v = |i: u32| c.vertices.get(i as usize).copied();
                match (v(t[0]), v(t[1]), v(t[2])) {
                    (Some(a), Some(b), Some(d)) => point_in_triangle(p, a, b, d),
                    _ => false,
                }
            })
            .and_then(|&(country, _)| self.countries.get(country as usize))
            .map(|c| c.name.as_str())
    }
}

/// The countries' triangles sorted into the cells of a grid over the map, so the country under
/// the pointer, or the land near the view, is found among the few triangles there. Without it
/// every triangle of every country whose box holds the point is tried, and over the Caspian
/// that is five fine-detail countries, every frame the pointer moves.
#[derive(Clone, Debug, Default)]
struct TriangleGrid {
    origin: [f64; 2],
    cell: f64,
    cols: usize,
    rows: usize,
    /// Cell `i`'s triangles are `triangles[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
    /// A triangle as its country and the place of its first corner in the country's indices,
    /// in the countries' order.
    triangles: Vec<(u32, u32)>,
}

/// Triangles per cell the grid aims at, on average.
const TRIANGLES_PER_CELL: f64 = 4.0;
/// The most cells along either side of the grid.
const MAX_CELLS_ACROSS: f64 = 2048.0;

impl TriangleGrid {
    fn new(countries: &[CountryMesh]) -> Self {
        let Some(bounds) = countries.iter().map(|c| c.bounds).reduce(|a, b| {
            Rect::new(
                (a.min().x.min(b.min().x), a.min().y.min(b.min().y)),
                (a.max().x.max(b.max().x), a.max().y.max(b.max().y)),
            )
        }) else {
            return TriangleGrid::default();
        };
        let count: usize = countries.iter().map(|c| c.indices.len() / 3).sum();
        let (width, height) = (bounds.width().max(1.0), bounds.height().max(1.0));
        let cells = (count as f64 / TRIANGLES_PER_CELL).max(1.0);
        let cell = (width * height / cells)
            .sqrt()
            .max(width.max(height) / MAX_CELLS_ACROSS);
        let mut grid = TriangleGrid {
            origin: [bounds.min().x, bounds.min().y],
            cell,
            cols: (width / cell).ceil() as usize + 1,
            rows: (height / cell).ceil() as usize + 1,
            starts: Vec::new(),
            triangles: Vec::new(),
        };
        // Two passes: count each cell's triangles, then put them in place.
        let mut counts = vec![0u32; grid.cols * grid.rows + 1];
        grid.each_cell_of_each_triangle(countries, |cell, _| counts[cell] += 1);
        let mut total = 0;
        for c in &mut counts {
            let n = *c;
            *c = total;
            total += n;
        }
        let mut next = counts.clone();
        let mut triangles = vec![(0, 0); total as usize];
        grid.each_cell_of_each_triangle(countries, |cell, triangle| {
            triangles[next[cell] as usize] = triangle;
            next[cell] += 1;
        });
        grid.starts = counts;
        grid.triangles = triangles;
        grid
    }

    fn each_cell_of_each_triangle(
        &self,
        countries: &[CountryMesh],
        mut visit: impl FnMut(usize, (u32, u32)),
    ) {
        for (ci, c) in countries.iter().enumerate() {
            for (ti, t) in c.indices.chunks_exact(3).enumerate() {
                let corners = t.iter().filter_map(|&i| c.vertices.get(i as usize));
                let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
                for v in corners {
                    for axis in 0..2 {
                        lo[axis] = lo[axis].min(f64::from(v[axis]));
                        hi[axis] = hi[axis].max(f64::from(v[axis]));
                    }
                }
                let (Some((c0, r0)), Some((c1, r1))) = (self.cell_of(lo), self.cell_of(hi)) else {
                    continue;
                };
                for row in r0..=r1 {
                    for col in c0..=c1 {
                        visit(row * self.cols + col, (ci as u32, (ti * 3) as u32));
                    }
                }
            }
        }
    }

    /// The cell holding a point, clamped to the grid; `None` for a point that is not a number.
    fn cell_of(&self, [x, y]: [f64; 2]) -> Option<(usize, usize)> {
        let at = |v: f64, origin: f64, n: usize| {
            let i = ((v - origin) / self.cell).floor();
            (!i.is_nan()).then(|| i.clamp(0.0, (n - 1) as f64) as usize)
        };
        Some((
            at(x, self.origin[0], self.cols)?,
            at(y, self.origin[1], self.rows)?,
        ))
    }

    /// The cells that reach into the box from `lo` to `hi`.
    fn cells_within(&self, lo: MapPoint, hi: MapPoint) -> impl Iterator<Item = &[(u32, u32)]> {
        let (x0, y0) = (self.origin[0], self.origin[1]);
        let (x1, y1) = (
            x0 + self.cols as f64 * self.cell,
            y0 + self.rows as f64 * self.cell,
        );
        let apart = hi.x < x0 || hi.y < y0 || lo.x > x1 || lo.y > y1 || self.starts.is_empty();
        let corners = (self.cell_of([lo.x, lo.y]), self.cell_of([hi.x, hi.y]));
        let (cols, rows) = match corners {
            (Some((c0, r0)), Some((c1, r1))) if !apart => (c0..c1 + 1, r0..r1 + 1),
            _ => (0..0, 0..0),
        };
        rows.flat_map(move |row| cols.clone().map(move |col| row * self.cols + col))
            .map(|cell| {
                let range = self.starts.get(cell).zip(self.starts.get(cell + 1));
                range
                    .and_then(|(&a, &b)| self.triangles.get(a as usize..b as usize))
                    .unwrap_or(&[])
            })
    }

    /// The triangles that may hold `p`.
    fn near(&self, p: MapPoint) -> &[(u32, u32)] {
        self.cells_within(p, p).next().unwrap_or_default()
    }
}

/// Every large lake projected, filled as `fill` says; none when the built-in lakes cannot be
/// read, which a test rules out.
fn lake_meshes(projection: &Projection, fill: Fill) -> Vec<Arc<CountryMesh>> {
    match super::lakes::read_lakes() {
        Ok(lakes) => lakes
            .iter()
            .filter_map(|shape| shape_mesh(projection, "", shape, fill))
            .map(Arc::new)
            .collect(),
        Err(e) => {
            log::error!("{e}");
            Vec::new()
        }
    }
}

/// Whether the map point lies in one of the lakes: inside an odd number of a lake's rings.
fn in_lake(lakes: &[Arc<CountryMesh>], p: MapPoint) -> bool {
    lakes.iter().any(|lake| {
        let (lo, hi) = (lake.bounds.min(), lake.bounds.max());
        if p.x < lo.x || p.x > hi.x || p.y < lo.y || p.y > hi.y {
            return false;
        }
        let mut inside = false;
        for ring in &lake.outlines {
            for (a, b) in ring.iter().zip(ring.iter().cycle().skip(1)) {
                let (ax, ay) = (f64::from(a[0]), f64::from(a[1]));
                let (bx, by) = (f64::from(b[0]), f64::from(b[1]));
                if (ay <= p.y) != (by <= p.y) && p.x < ax + (p.y - ay) / (by - ay) * (bx - ax) {
                    inside = !inside;
                }
            }
        }
        inside
    })
}

fn point_in_triangle(p: MapPoint, a: [f32; 2], b: [f32; 2], c: [f32; 2]) -> bool {
    let s = |a: [f32; 2], b: [f32; 2]| {
        (b[0] as f64 - a[0] as f64) * (p.y - a[1] as f64)
            - (b[1] as f64 - a[1] as f64) * (p.x - a[0] as f64)
    };
    let (d1, d2, d3) = (s(a, b), s(b, c), s(c, a));
    let neg = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
    let pos = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
    !(neg && pos)
}

/// Spacing of candidate label places, km.
const LABEL_GRID_KM: f64 = 350.0;

/// How a shape is to be filled: by its triangles (egui, the GPU) or by its rings (SVG, the PNG
/// rasterizer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    Triangles,
    Rings,
}

/// Projects a shape in degrees (x longitude, y latitude), cuts it at the projection's seam and,
/// for [`Fill::Triangles`], triangulates it: for countries, and for a route's areas.
pub fn shape_mesh(
    projection: &Projection,
    name: &str,
    shape: &MultiPolygon<f64>,
    fill: Fill,
) -> Option<CountryMesh> {
    let cut = cut_at_seam(projection, shape);
    let projected: Vec<Polygon<f64>> = cut
        .0
        .iter()
        .map(|p| project_polygon(projection, p))
        .filter(|p| p.exterior().0.len() >= 4)
        .collect();
    if projected.is_empty() {
        return None;
    }
    let shape = MultiPolygon(projected);
    let bounds = shape.bounding_rect()?;

    let mut vertices = Vec::new();
    let mut indices = Vec::new();
    let mut outlines = Vec::new();
    for polygon in &shape.0 {
        if fill == Fill::Triangles {
            let raw = polygon.earcut_triangles_raw();
            let base = vertices.len() as u32;
            vertices.extend(raw.vertices.iter().map(|v| [v[0] as f32, v[1] as f32]));
            indices.extend(raw.triangle_indices.iter().map(|&i| base + i as u32));
        }
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            outlines.push(ring.0.iter().map(|c| [c.x as f32, c.y as f32]).collect());
        }
    }

    let label_anchors = label_anchors(&shape, &bounds);
    Some(CountryMesh {
        name: name.to_string(),
        bounds,
        vertices,
        indices,
        outlines,
        label_anchors,
        area: shape.unsigned_area(),
    })
}

/// Places inside a shape a label may go, best first: a point well inside each part, largest
/// part first, then the points of a grid every [`LABEL_GRID_KM`] that fall inside. Found along
/// horizontal lines through the rings, which costs a pass over the rings per line rather than a
/// full geometric test per point.
fn label_anchors(shape: &MultiPolygon<f64>, bounds: &Rect<f64>) -> Vec<MapPoint> {
    let mut parts: Vec<(&Polygon<f64>, f64)> =
        shape.0.iter().map(|p| (p, p.unsigned_area())).collect();
    parts.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut anchors: Vec<MapPoint> = parts
        .iter()
        .filter_map(|(part, _)| {
            let b = part.bounding_rect()?;
            // Off the exact middle, so the line does not run through a vertex of a box-shaped part.
            let y = b.min().y + b.height() * 0.500_1;
            let crossings = crossings_at(polygon_rings(part), y);
            // The widest stretch inside the part, and its middle.
            crossings
                .chunks_exact(2)
                .max_by(|a, b| (a[1] - a[0]).total_cmp(&(b[1] - b[0])))
                .map(|c| MapPoint::new((c[0] + c[1]) / 2.0, y))
        })
        .collect();
    let (min, max) = (bounds.min(), bounds.max());
    let mut y = min.y + LABEL_GRID_KM / 2.0;
    while y < max.y {
        let crossings = crossings_at(shape.0.iter().flat_map(polygon_rings), y);
        let mut x = min.x + LABEL_GRID_KM / 2.0;
        while x < max.x {
            // Inside where an odd number of ring edges lie to the left.
            if crossings.partition_point(|&c| c < x) % 2 == 1 {
                anchors.push(MapPoint::new(x, y));
            }
            x += LABEL_GRID_KM;
        }
        y += LABEL_GRID_KM;
    }
    anchors
}

fn polygon_rings(polygon: &Polygon<f64>) -> impl Iterator<Item = &LineString<f64>> {
    std::iter::once(polygon.exterior()).chain(polygon.interiors())
}

/// Where the rings' edges cross the line at height `y`, left to right.
fn crossings_at<'a>(rings: impl Iterator<Item = &'a LineString<f64>>, y: f64) -> Vec<f64> {
    let mut xs = Vec::new();
    for ring in rings {
        for edge in ring.0.windows(2) {
            let (a, b) = (edge[0], edge[1]);
            // Each edge counts once: from its lower end up to, not including, its upper end.
            if (a.y <= y) != (b.y <= y) {
                xs.push(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
            }
        }
    }
    xs.sort_by(f64::total_cmp);
    xs
}

/// Cuts polygons that cross the projection's seam into pieces on either side, in longitudes
/// relative to the central meridian, so none wraps around the map.
fn cut_at_seam(projection: &Projection, shape: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    let mut out = Vec::new();
    for polygon in &shape.0 {
        let exterior = unwrap_ring(projection, polygon.exterior());
        let interiors: Vec<LineString<f64>> = polygon
            .interiors()
            .iter()
            .map(|r| unwrap_ring(projection, r))
            .collect();
        let (lo, hi) = exterior
            .0
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), c| {
                (lo.min(c.x), hi.max(c.x))
            });
        let unwrapped = Polygon::new(exterior, interiors);
        if lo >= -180.0 && hi <= 180.0 {
            out.push(unwrapped);
            continue;
        }
        for shift in [-360.0, 0.0, 360.0] {
            let window = Rect::new(
                Coord {
                    x: -180.0 + shift,
                    y: -90.0,
                },
                Coord {
                    x: 180.0 + shift,
                    y: 90.0,
                },
            )
            .to_polygon();
            let piece = unwrapped.intersection(&window);
            for mut p in piece.0 {
                use geo::MapCoordsInPlace;
                p.map_coords_in_place(|c| Coord {
                    x: c.x - shift,
                    y: c.y,
                });
                out.push(p);
            }
        }
    }
    MultiPolygon(out)
}

/// The ring's longitudes relative to the central meridian, made continuous (they may pass ±180).
fn unwrap_ring(projection: &Projection, ring: &LineString<f64>) -> LineString<f64> {
    let mut previous: Option<f64> = None;
    ring.0
        .iter()
        .map(|c| {
            let rel = projection.relative_longitude(c.x);
            let x = match previous {
                Some(prev) => {
                    let mut x = rel;
                    while x - prev > 180.0 {
                        x -= 360.0;
                    }
                    while prev - x > 180.0 {
                        x += 360.0;
                    }
                    x
                }
                None => rel,
            };
            previous = Some(x);
            Coord { x, y: c.y }
        })
        .collect()
}

fn project_polygon(projection: &Projection, polygon: &Polygon<f64>) -> Polygon<f64> {
    let ring = |r: &LineString<f64>| -> LineString<f64> {
        r.0.iter()
            .map(|c| {
                let p = projection.project_relative(c.y, c.x);
                Coord { x: p.x, y: p.y }
            })
            .collect()
    };
    // Rings of fewer than four points (some islands in lakes at 1:10m) enclose nothing.
    Polygon::new(
        ring(polygon.exterior()),
        polygon
            .interiors()
            .iter()
            .filter(|r| r.0.len() >= 4)
            .map(ring)
            .collect(),
    )
}

/// A level being built on another thread.
type Build = crate::worker::Worker<(), Result<Arc<BasemapMeshes>, BasemapError>>;

/// Reads and triangulates levels of detail on demand, keeping each until the projection changes.
/// The first level is built at once; finer or coarser ones are built on a worker thread while the
/// map goes on showing the level it has, so zooming never stalls.
#[derive(Default)]
pub struct Basemap {
    meshes: [Option<Arc<BasemapMeshes>>; 3],
    building: [Option<(Projection, Build)>; 3],
}

impl Basemap {
    /// The meshes to draw for `detail` under `projection`: that level when it is ready, else the
    /// nearest level that is, while the wanted one is built. `ready` is called from the worker
    /// when a level is done, so the caller can redraw.
    pub fn meshes(
        &mut self,
        projection: &Projection,
        detail: Detail,
        ready: impl Fn() + Send + 'static,
    ) -> Result<Arc<BasemapMeshes>, BasemapError> {
        self.collect_finished()?;
        // Levels made for another projection are of no use, not even to stand in.
        for kept in &mut self.meshes {
            if kept.as_ref().is_some_and(|m| m.projection != *projection) {
                *kept = None;
            }
        }
        let slot = detail as usize;
        if let Some(m) = self.current(slot, projection) {
            return Ok(m);
        }
        let mut others: Vec<usize> = (0..3).filter(|&d| d != slot).collect();
        others.sort_by_key(|&d| d.abs_diff(slot));
        let fallback = others.into_iter().find_map(|d| self.current(d, projection));
        let Some(fallback) = fallback else {
            let meshes = Arc::new(BasemapMeshes::build(
                projection,
                detail,
                &read_countries(detail)?,
            ));
            self.meshes[slot] = Some(meshes.clone());
            return Ok(meshes);
        };
        let already = matches!(&self.building[slot], Some((p, _)) if p == projection);
        if !already {
            let projection_for_worker = *projection;
            let worker = Build::spawn(format!("basemap {detail:?}"), ready, move |_| {
                read_countries(detail).map(|countries| {
                    Arc::new(BasemapMeshes::build(
                        &projection_for_worker,
                        detail,
                        &countries,
                    ))
                })
            });
            // A level whose thread could not start is asked for again on the next frame.
            if worker.started() {
                self.building[slot] = Some((*projection, worker));
            }
        }
        Ok(fallback)
    }

    /// Whether a level is still being built, or built and not yet taken in.
    pub fn is_building(&self) -> bool {
        self.building.iter().any(Option::is_some)
    }

    fn current(&self, slot: usize, projection: &Projection) -> Option<Arc<BasemapMeshes>> {
        self.meshes[slot]
            .as_ref()
            .filter(|m| m.projection == *projection)
            .cloned()
    }

    /// Takes in levels that workers have finished.
    fn collect_finished(&mut self) -> Result<(), BasemapError> {
        for slot in 0..3 {
            let Some((_, worker)) = &self.building[slot] else {
                continue;
            };
            match worker.poll() {
                Some(crate::worker::News::Done(Ok(built))) => {
                    self.building[slot] = None;
                    self.meshes[slot] = Some(built?);
                }
                // A worker that died is let go, and the level asked for again when wanted.
                Some(crate::worker::News::Done(Err(_))) => self.building[slot] = None,
                Some(crate::worker::News::Progress(())) | None => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coarse_countries_include_the_corridor() {
        let countries = read_countries(Detail::Coarse).expect("built-in basemap");
        for name in [
            "Kazakhstan",
            "Azerbaijan",
            "Georgia",
            "Turkey",
            "Armenia",
            "China",
        ] {
            assert!(
                countries.iter().any(|c| c.name == name),
                "{name} missing from basemap"
            );
        }
        assert!(!countries.iter().any(|c| c.name == "Antarctica"));
    }

    #[test]
    fn label_anchors_lie_inside_their_country_and_out_of_its_holes() {
        use geo::Contains;
        let projection = Projection::default();
        let countries = read_countries(Detail::Medium).expect("built-in basemap");
        let outlines = BasemapMeshes::outlines(&projection, Detail::Medium, &countries);
        let mut checked = 0;
        for country in countries.iter().filter(|c| {
            [
                "Kazakhstan",
                "Russia",
                "Azerbaijan",
                "South Africa",
                "Indonesia",
            ]
            .contains(&c.name.as_str())
        }) {
            let shape = MultiPolygon(
                cut_at_seam(&projection, &country.shape)
                    .0
                    .iter()
                    .map(|p| project_polygon(&projection, p))
                    .collect(),
            );
            let mesh = outlines
                .countries
                .iter()
                .find(|m| m.name == country.name)
                .expect("projected");
            assert!(!mesh.label_anchors.is_empty(), "{}", country.name);
            for a in &mesh.label_anchors {
                assert!(
                    shape.contains(&geo::Point::new(a.x, a.y)),
                    "{} at {a:?}",
                    country.name
                );
                checked += 1;
            }
        }
        // South Africa has Lesotho as a hole; Russia and Indonesia many parts.
        assert!(checked > 50, "{checked}");
        assert!(outlines.countries.iter().all(|c| c.indices.is_empty()));
    }

    #[test]
    fn caspian_is_water_and_the_coasts_are_land() {
        let projection = Projection::default();
        let countries = read_countries(Detail::Medium).expect("built-in basemap");
        let meshes = BasemapMeshes::build(&projection, Detail::Medium, &countries);
        let at = |lat, lon| meshes.country_at(projection.project(lat, lon));
        assert_eq!(at(42.0, 50.5), None, "middle of the Caspian");
        assert_eq!(at(43.0, 34.0), None, "Black Sea");
        assert_eq!(at(47.0, 60.0), Some("Kazakhstan"));
        assert_eq!(at(40.4, 48.0), Some("Azerbaijan"));
        assert_eq!(at(40.6, 43.1), Some("Turkey"));
    }

    #[test]
    fn the_large_lakes_are_water_at_every_detail() {
        let projection = Projection::default();
        let lakes = [
            ("Baikal", 53.5, 108.0),
            ("Superior", 47.6, -87.5),
            ("Michigan", 43.5, -87.0),
            ("Victoria", -1.0, 33.0),
            ("Balkhash", 46.5, 74.5),
            ("Ladoga", 61.0, 31.5),
            ("Titicaca", -15.9, -69.4),
        ];
        for detail in [Detail::Coarse, Detail::Medium, Detail::Fine] {
            let countries = read_countries(detail).expect("built-in basemap");
            let meshes = BasemapMeshes::build(&projection, detail, &countries);
            let land = |lat, lon| meshes.land_at(projection.project(lat, lon));
            let covered = |lat, lon| meshes.country_at(projection.project(lat, lon));
            for (lake, lat, lon) in lakes {
                assert!(
                    covered(lat, lon).is_some(),
                    "the shapes cover {lake} ({detail:?})"
                );
                assert_eq!(land(lat, lon), None, "{lake} is water ({detail:?})");
            }
            // Beside the lakes the land stays land, and the sea stays water.
            assert_eq!(land(52.3, 104.3), Some("Russia"), "Irkutsk ({detail:?})");
            assert_eq!(
                land(44.98, -93.27),
                Some("United States of America"),
                "Minneapolis"
            );
            assert_eq!(land(42.0, 50.5), None, "the Caspian");

            // Pictures drawn from rings have the same lakes.
            let outlines = BasemapMeshes::outlines(&projection, detail, &countries);
            assert_eq!(outlines.lakes.len(), meshes.lakes.len());
            for (lake, lat, lon) in lakes {
                assert!(
                    in_lake(&outlines.lakes, projection.project(lat, lon)),
                    "{lake}"
                );
            }
            assert!(!in_lake(&outlines.lakes, projection.project(52.3, 104.3)));
        }
    }

    #[test]
    fn the_grid_finds_the_country_that_trying_every_triangle_finds() {
        let projection = Projection::default();
        let countries = read_countries(Detail::Medium).expect("built-in basemap");
        let meshes = BasemapMeshes::build(&projection, Detail::Medium, &countries);
        let every_triangle = |p: MapPoint| {
            meshes
                .countries
                .iter()
                .filter(|c| {
                    let (lo, hi) = (c.bounds.min(), c.bounds.max());
                    lo.x <= p.x && p.x <= hi.x && lo.y <= p.y && p.y <= hi.y
                })
                .find(|c| {
                    c.indices.chunks_exact(3).any(|t| {
                        let v = |i: u32| c.vertices[i as usize];
                        point_in_triangle(p, v(t[0]), v(t[1]), v(t[2]))
                    })
                })
                .map(|c| c.name.as_str())
        };
        let mut on_land = 0;
        for lat in (-60..80).step_by(2) {
            for lon in (-180..180).step_by(3) {
                let p = projection.project(f64::from(lat) + 0.37, f64::from(lon) + 0.61);
                let expected = every_triangle(p);
                on_land += usize::from(expected.is_some());
                assert_eq!(meshes.country_at(p), expected, "at {lat}, {lon}");
            }
        }
        assert!(on_land > 2_000, "{on_land} points on land");
        for far in [MapPoint::new(1e9, 0.0), MapPoint::new(0.0, -1e9)] {
            assert_eq!(meshes.country_at(far), None);
        }
    }

    #[test]
    fn triangles_within_a_box_are_those_whose_boxes_reach_into_it() {
        let projection = Projection::default();
        let countries = read_countries(Detail::Medium).expect("built-in basemap");
        let meshes = BasemapMeshes::build(&projection, Detail::Medium, &countries);
        let around = |lat, lon, km: f64| {
            let p = projection.project(lat, lon);
            (
                MapPoint::new(p.x - km, p.y - km),
                MapPoint::new(p.x + km, p.y + km),
            )
        };
        let mut total = 0;
        for (lo, hi) in [
            around(40.4, 49.9, 50.0),
            around(43.6, 51.2, 400.0),
            around(42.0, 50.5, 10.0),
            around(0.0, -30.0, 100.0),
        ] {
            let mut expected = Vec::new();
            for (ci, c) in meshes.countries.iter().enumerate() {
                for (ti, t) in c.indices.chunks_exact(3).enumerate() {
                    let xs = t.iter().map(|&i| f64::from(c.vertices[i as usize][0]));
                    let ys = t.iter().map(|&i| f64::from(c.vertices[i as usize][1]));
                    let (x0, x1) = (
                        xs.clone().fold(f64::MAX, f64::min),
                        xs.fold(f64::MIN, f64::max),
                    );
                    let (y0, y1) = (
                        ys.clone().fold(f64::MAX, f64::min),
                        ys.fold(f64::MIN, f64::max),
                    );
                    if x1 >= lo.x && x0 <= hi.x && y1 >= lo.y && y0 <= hi.y {
                        expected.push((ci as u32, (ti * 3) as u32));
                    }
                }
            }
            total += expected.len();
            assert_eq!(meshes.triangles_within(lo, hi), expected);
        }
        assert!(total > 100, "{total} triangles found");
    }

    #[test]
    fn countries_across_the_seam_are_cut_not_wrapped() {
        // The default seam is at 125°W, through Canada and the United States.
        let projection = Projection::default();
        let countries = read_countries(Detail::Coarse).expect("built-in basemap");
        let meshes = BasemapMeshes::build(&projection, Detail::Coarse, &countries);
        for name in ["United States of America", "Canada", "Fiji"] {
            let country = meshes
                .countries
                .iter()
                .find(|c| c.name == name)
                .expect("country in basemap");
            // A polygon wrapped around the seam would have triangles across the whole map.
            let longest = country
                .indices
                .chunks_exact(3)
                .flat_map(|t| [(t[0], t[1]), (t[1], t[2]), (t[2], t[0])])
                .map(|(a, b)| {
                    let (a, b) = (country.vertices[a as usize], country.vertices[b as usize]);
                    f64::from(a[0] - b[0]).hypot(f64::from(a[1] - b[1]))
                })
                .fold(0.0, f64::max);
            assert!(longest < 10_000.0, "{name}: triangle edge of {longest} km");
            assert!(!country.indices.is_empty(), "{name} has no triangles");
        }
    }

    #[test]
    fn finer_level_is_built_aside_while_the_coarse_one_shows() {
        let projection = Projection::default();
        let mut basemap = Basemap::default();
        let first = basemap
            .meshes(&projection, Detail::Coarse, || {})
            .expect("coarse");
        assert_eq!(
            first.detail,
            Detail::Coarse,
            "the first level is built at once"
        );

        let (done, wait) = std::sync::mpsc::channel();
        let meanwhile = basemap
            .meshes(&projection, Detail::Medium, move || {
                let _ = done.send(());
            })
            .expect("fallback");
        assert_eq!(meanwhile.detail, Detail::Coarse);
        wait.recv_timeout(std::time::Duration::from_secs(60))
            .expect("the worker reports");
        let medium = basemap
            .meshes(&projection, Detail::Medium, || {})
            .expect("medium");
        assert_eq!(medium.detail, Detail::Medium);
        assert!(
            medium
                .countries
                .iter()
                .map(|c| c.vertices.len())
                .sum::<usize>()
                > first
                    .countries
                    .iter()
                    .map(|c| c.vertices.len())
                    .sum::<usize>()
        );
    }
}
