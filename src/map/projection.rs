//! World (longitude, latitude) to map plane (kilometres) and back.
//!
//! An Albers equal-area conic: areas stay true, so band widths and country sizes compare fairly,
//! and shapes are good over a band of latitudes such as the one from the Black Sea to China.

use serde::{Deserialize, Serialize};

/// Mean Earth radius in kilometres.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// A point on the map plane, in kilometres, x east and y north.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MapPoint {
    pub x: f64,
    pub y: f64,
}

impl MapPoint {
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    pub fn distance(self, other: MapPoint) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }

    pub fn lerp(self, other: MapPoint, t: f64) -> MapPoint {
        MapPoint::new(
            self.x + (other.x - self.x) * t,
            self.y + (other.y - self.y) * t,
        )
    }
}

/// The smallest box holding every point, as (min, max); `None` for no points.
pub fn bounding_box(points: impl IntoIterator<Item = MapPoint>) -> Option<(MapPoint, MapPoint)> {
    points.into_iter().fold(None, |acc, p| match acc {
        None => Some((p, p)),
        Some((min, max)) => Some((
            MapPoint::new(min.x.min(p.x), min.y.min(p.y)),
            MapPoint::new(max.x.max(p.x), max.y.max(p.y)),
        )),
    })
}

/// An Albers equal-area conic on the sphere.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    /// Central meridian, degrees.
    pub lon0: f64,
    /// Latitude of origin, degrees.
    pub lat0: f64,
    /// Standard parallels, degrees.
    pub parallel1: f64,
    pub parallel2: f64,
    #[serde(skip)]
    constants: Constants,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Constants {
    n: f64,
    c: f64,
    rho0: f64,
}

impl Default for Projection {
    /// Centred on the Caspian, with standard parallels framing the Middle Corridor.
    fn default() -> Self {
        Projection::albers(55.0, 42.0, 36.0, 48.0)
    }
}

impl Projection {
    /// An Albers conic. Parallels near the equator on both sides would make the cone flat; they are
    /// kept at least 5 degrees from the equator on the side of their mean.
    pub fn albers(lon0: f64, lat0: f64, parallel1: f64, parallel2: f64) -> Self {
        let mean = (parallel1 + parallel2) / 2.0;
        let side = if mean < 0.0 { -1.0 } else { 1.0 };
        let keep = |p: f64| {
            if p * side < 5.0 {
                5.0 * side
            } else {
                p.clamp(-85.0, 85.0)
            }
        };
        let (p1, p2) = (keep(parallel1), keep(parallel2));
        let (s1, s2) = (p1.to_radians().sin(), p2.to_radians().sin());
        let n = (s1 + s2) / 2.0;
        let c = p1.to_radians().cos().powi(2) + 2.0 * n * s1;
        let rho0 = EARTH_RADIUS_KM * (c - 2.0 * n * lat0.to_radians().sin()).max(0.0).sqrt() / n;
        Projection {
            lon0,
            lat0,
            parallel1: p1,
            parallel2: p2,
            constants: Constants { n, c, rho0 },
        }
    }

    /// The projection a route is drawn in: the built-in corridor's own, else one fitted to the
    /// route's places, or to its areas' outlines for a route of areas alone.
    pub fn for_route(route: &crate::model::Route) -> Self {
        if route.id == "middle-corridor" {
            Projection::default()
        } else if route.nodes.is_empty() {
            Projection::fitted(
                route
                    .areas
                    .iter()
                    .flat_map(|area| area.polygons.iter().filter_map(|rings| rings.first()))
                    .flatten()
                    .map(|p| (p.lat, p.lon)),
            )
        } else {
            Projection::fitted(route.nodes.iter().map(|n| (n.lat, n.lon)))
        }
    }

    /// A conic fitted to a set of places: centred on them, parallels at a sixth in from their
    /// southern and northern edges.
    pub fn fitted(points: impl IntoIterator<Item = (f64, f64)>) -> Self {
        let mut lat_min = f64::INFINITY;
        let mut lat_max = f64::NEG_INFINITY;
        let mut lons = Vec::new();
        for (lat, lon) in points {
            lat_min = lat_min.min(lat);
            lat_max = lat_max.max(lat);
            lons.push(lon);
        }
        if lons.is_empty() {
            return Projection::default();
        }
        let lon0 = central_longitude(&lons);
        let span = lat_max - lat_min;
        let lat0 = (lat_min + lat_max) / 2.0;
        Projection::albers(
            lon0,
            lat0,
            lat_min + span / 6.0,
            lat_max - span / 6.0 + 1e-3,
        )
    }

    /// The meridian opposite the centre, where the map is cut.
    pub fn seam_longitude(&self) -> f64 {
        wrap_longitude(self.lon0 + 180.0)
    }

    /// Longitude relative to the central meridian, in (-180, 180].
    pub fn relative_longitude(&self, lon: f64) -> f64 {
        wrap_longitude(lon - self.lon0)
    }

    /// Projects degrees to the map plane.
    pub fn project(&self, lat: f64, lon: f64) -> MapPoint {
        self.project_relative(lat, self.relative_longitude(lon))
    }

    /// Projects a longitude already taken relative to the central meridian (it may pass ±180 for
    /// geometry that was cut at the seam).
    pub fn project_relative(&self, lat: f64, relative_lon: f64) -> MapPoint {
        let Constants { n, c, rho0 } = self.constants;
        let lat = lat.clamp(-90.0, 90.0).to_radians();
        let rho = EARTH_RADIUS_KM * (c - 2.0 * n * lat.sin()).max(0.0).sqrt() / n;
        let theta = n * relative_lon.clamp(-180.0, 180.0).to_radians();
        MapPoint::new(rho * theta.sin(), rho0 - rho * theta.cos())
    }

    /// The map point back to (latitude, longitude) in degrees; `None` off the projected globe.
    pub fn unproject(&self, p: MapPoint) -> Option<(f64, f64)> {
        let Constants { n, c, rho0 } = self.constants;
        let dy = rho0 - p.y;
        let rho = n.signum() * p.x.hypot(dy);
        let theta = (n.signum() * p.x).atan2(n.signum() * dy);
        let sin_lat = (c - (rho * n / EARTH_RADIUS_KM).powi(2)) / (2.0 * n);
        if !(-1.0..=1.0).contains(&sin_lat) {
            return None;
        }
        let relative_lon = (theta / n).to_degrees();
        if relative_lon.abs() > 180.0 + 1e-9 {
            return None;
        }
        Some((
            sin_lat.asin().to_degrees(),
            wrap_longitude(self.lon0 + relative_lon),
        ))
    }
}

/// Wraps a longitude into (-180, 180].
pub fn wrap_longitude(lon: f64) -> f64 {
    let wrapped = (lon + 180.0).rem_euclid(360.0) - 180.0;
    if wrapped == -180.0 { 180.0 } else { wrapped }
}

/// The longitude at the middle of the smallest arc holding all of `lons`.
fn central_longitude(lons: &[f64]) -> f64 {
    let mut sorted: Vec<f64> = lons.iter().map(|&l| wrap_longitude(l)).collect();
    sorted.sort_by(f64::total_cmp);
    let Some((&first, &last)) = sorted.first().zip(sorted.last()) else {
        return 0.0;
    };
    // The widest empty gap between neighbours (including across the antimeridian) lies outside.
    let mut best_gap = first + 360.0 - last;
    let mut start = first;
    let mut end = last;
    for pair in sorted.windows(2) {
        let gap = pair[1] - pair[0];
        if gap > best_gap {
            best_gap = gap;
            start = pair[1];
            end = pair[0] + 360.0;
        }
    }
    wrap_longitude((start + end) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_across_the_region() {
        let p = Projection::default();
        for &(lat, lon) in &[
            (43.6, 51.22),
            (39.93, 49.42),
            (40.6, 43.1),
            (45.25, 82.48),
            (-33.9, 151.2),
            (64.1, -21.9),
        ] {
            let m = p.project(lat, lon);
            let (lat2, lon2) = p.unproject(m).expect("on the globe");
            assert!((lat - lat2).abs() < 1e-9, "{lat} vs {lat2}");
            assert!((lon - lon2).abs() < 1e-9, "{lon} vs {lon2}");
        }
    }

    #[test]
    fn origin_is_at_centre_and_north_is_up() {
        let p = Projection::default();
        let o = p.project(42.0, 55.0);
        assert!(o.x.abs() < 1e-9 && o.y.abs() < 1e-9);
        assert!(p.project(45.0, 55.0).y > 0.0);
        assert!(p.project(42.0, 60.0).x > 0.0);
    }

    #[test]
    fn distances_are_close_to_true_near_the_standard_parallels() {
        // Aktau to Alat is about 440 km on the ground.
        let p = Projection::default();
        let d = p.project(43.60, 51.22).distance(p.project(39.93, 49.42));
        assert!((d - 437.0).abs() < 15.0, "{d}");
    }

    #[test]
    fn fitted_projection_centres_across_the_antimeridian() {
        let p = Projection::fitted([(-17.0, 178.0), (-14.0, -172.0)]);
        assert!((p.lon0.abs() - 177.0).abs() < 1.0, "{}", p.lon0);
        assert!(p.parallel1 < 0.0 && p.parallel2 < 0.0);
    }

    #[test]
    fn wraps_longitudes() {
        assert_eq!(wrap_longitude(190.0), -170.0);
        assert_eq!(wrap_longitude(-180.0), 180.0);
        assert_eq!(wrap_longitude(540.0), 180.0);
    }
}
