//! Finding the point a line ends at: node positions in cells of about a kilometre.

use std::collections::HashMap;

use geo::{Distance, Haversine, Point};

use crate::model::LatLon;

/// How far a line's end may lie from a point for the line to end at that point's node.
pub(super) const SNAP_KM: f64 = 1.0;

/// Cells of about a kilometre holding node positions and indices, so that a line's end finds the
/// nodes near it without looking at every node.
#[derive(Default)]
pub(super) struct Grid {
    cells: HashMap<(i32, i32), Vec<(LatLon, usize)>>,
}

/// Cell size in degrees.
const CELL_DEGREES: f64 = 0.01;
const CELL_COLUMNS: i32 = 36_000;
/// Kilometres in a degree of latitude.
const KM_PER_DEGREE: f64 = 111.32;
/// How far east and west the search reaches near the poles, where a degree of longitude shrinks
/// to nothing; beyond it a line's end may miss a point, which then gets a junction beside it.
const MAX_LON_REACH_DEGREES: f64 = 2.0;

fn row(lat: f64) -> i32 {
    ((lat + 90.0) / CELL_DEGREES).floor() as i32
}

/// The column, not yet wrapped around the date line.
fn column(lon: f64) -> i32 {
    ((lon + 180.0) / CELL_DEGREES).floor() as i32
}

/// Great-circle distance in kilometres, on a sphere of the Earth's mean radius.
fn distance_km(a: LatLon, b: LatLon) -> f64 {
    let point = |p: LatLon| Point::new(p.lon, p.lat);
    Haversine.distance(point(a), point(b)) / 1000.0
}

impl Grid {
    pub(super) fn insert(&mut self, p: LatLon, index: usize) {
        let cell = (row(p.lat), column(p.lon).rem_euclid(CELL_COLUMNS));
        self.cells.entry(cell).or_default().push((p, index));
    }

    /// The node nearest `p` within [`SNAP_KM`], looking only in the cells that overlap the box
    /// of that size around `p`.
    pub(super) fn nearest(&self, p: LatLon) -> Option<usize> {
        let lat_reach = SNAP_KM / KM_PER_DEGREE;
        let lon_reach = (lat_reach / p.lat.to_radians().cos()).min(MAX_LON_REACH_DEGREES);
        let mut best: Option<(f64, usize)> = None;
        for r in row(p.lat - lat_reach)..=row(p.lat + lat_reach) {
            for c in column(p.lon - lon_reach)..=column(p.lon + lon_reach) {
                let Some(entries) = self.cells.get(&(r, c.rem_euclid(CELL_COLUMNS))) else {
                    continue;
                };
                for &(at, i) in entries {
                    let d = distance_km(p, at);
                    if d <= SNAP_KM && best.is_none_or(|(b, _)| d < b) {
                        best = Some((d, i));
                    }
                }
            }
        }
        best.map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_finds_the_nearest_node_within_a_kilometre() {
        let mut grid = Grid::default();
        let points = [(43.6, 51.2), (43.605, 51.2), (0.0, 179.999), (89.99, 10.0)];
        for (i, (lat, lon)) in points.into_iter().enumerate() {
            grid.insert(LatLon { lat, lon }, i);
        }
        let near = |lat, lon| grid.nearest(LatLon { lat, lon });
        assert_eq!(near(43.6041, 51.2), Some(1));
        assert_eq!(near(43.6, 51.2101), Some(0));
        assert_eq!(near(43.6, 51.22), None, "1.6 km away");
        assert_eq!(near(0.0, -179.995), Some(2), "across the date line");
        assert_eq!(
            near(89.995, 11.5),
            Some(3),
            "near the pole, where degrees are short"
        );
    }
}
