//! How far out, and how far away from the route, the map may be looked at.
//!
//! A conic projection is true only near its route: zoomed out far enough it shows the whole
//! globe bent round its cone, and the Caspian-centred one draws the Americas above Europe. So the
//! view stays inside the route's box grown on every side by 1¼ times the box's longer side (at
//! least 1,500 km), and the view's centre stays within a quarter of the view of the route's box,
//! so some of the route is always on screen. For the Middle Corridor, a box about 3,800 km wide,
//! that is about 13,000 by 11,000 km: Eurasia from Lisbon to Japan and from India's southern tip
//! to the Arctic coast, with New York and the rest of North America out of reach.

use emath::Vec2;

use super::camera::{Camera, MAX_KM_PER_PX, MIN_KM_PER_PX};
use super::projection::MapPoint;

/// How far past the route's box the view may reach, in lengths of the box's longer side.
pub const REACH: f64 = 1.25;
/// The least reach, so a route of one town still shows its country and neighbours.
pub const MIN_REACH_KM: f64 = 1500.0;

/// The region a route may be seen in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewLimits {
    /// The route's own box, some of which stays on screen.
    route: (MapPoint, MapPoint),
    /// The box the view stays inside.
    outer: (MapPoint, MapPoint),
}

impl ViewLimits {
    /// The limits around a route whose box on the map plane is `route` (min, max).
    pub fn around(route: (MapPoint, MapPoint)) -> Self {
        let (min, max) = route;
        let longer = (max.x - min.x).max(max.y - min.y);
        let reach = (longer * REACH).max(MIN_REACH_KM);
        ViewLimits {
            route,
            outer: (
                MapPoint::new(min.x - reach, min.y - reach),
                MapPoint::new(max.x + reach, max.y + reach),
            ),
        }
    }

    /// The box the view stays inside, as (min, max).
    pub fn outer(&self) -> (MapPoint, MapPoint) {
        self.outer
    }

    /// The widest scale at which a view of `screen` points still fits inside the limits.
    pub fn max_km_per_px(&self, screen: Vec2) -> f64 {
        let (min, max) = self.outer;
        let width = f64::from(screen.x.max(1.0));
        let height = f64::from(screen.y.max(1.0));
        ((max.x - min.x) / width)
            .min((max.y - min.y) / height)
            .clamp(MIN_KM_PER_PX, MAX_KM_PER_PX)
    }

    /// `camera` zoomed in and moved as little as needed for a view of `screen` points to keep
    /// inside the limits and keep some of the route in sight.
    pub fn clamp(&self, camera: Camera, screen: Vec2) -> Camera {
        if !(screen.x > 0.0 && screen.y > 0.0) {
            return camera;
        }
        let km_per_px = camera.km_per_px.min(self.max_km_per_px(screen));
        let half_width = f64::from(screen.x) * km_per_px / 2.0;
        let half_height = f64::from(screen.y) * km_per_px / 2.0;
        let (route_min, route_max) = self.route;
        let (outer_min, outer_max) = self.outer;
        Camera {
            center: MapPoint::new(
                clamp_axis(
                    camera.center.x,
                    (route_min.x, route_max.x),
                    (outer_min.x, outer_max.x),
                    half_width,
                ),
                clamp_axis(
                    camera.center.y,
                    (route_min.y, route_max.y),
                    (outer_min.y, outer_max.y),
                    half_height,
                ),
            ),
            km_per_px,
        }
    }

    /// Whether the limits leave a view of `screen` points from `camera` alone, give or take
    /// `slack` kilometres at its edges.
    pub fn holds(&self, camera: Camera, screen: Vec2, slack: f64) -> bool {
        let clamped = self.clamp(camera, screen);
        let shrink =
            (camera.km_per_px - clamped.km_per_px) * f64::from(screen.x.max(screen.y)) / 2.0;
        clamped.center.distance(camera.center) + shrink <= slack
    }
}

/// One axis of the view's centre: within a quarter view (half of `half`) of the route's span,
/// and far enough inside the outer span for the view's half-size `half` to fit.
fn clamp_axis(center: f64, route: (f64, f64), outer: (f64, f64), half: f64) -> f64 {
    let low = (route.0 - half / 2.0).max(outer.0 + half);
    let high = (route.1 + half / 2.0).min(outer.1 - half);
    if low <= high {
        center.clamp(low, high)
    } else {
        // Only rounding can get here: the scale was limited so that the view fits.
        (low + high) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use emath::{Rect, pos2, vec2};

    use super::*;
    use crate::map::camera::ScreenTransform;
    use crate::map::projection::{Projection, bounding_box};

    /// The Middle Corridor's places furthest out: Ceyhan, Dostyk, Astana, Poti.
    fn corridor() -> ViewLimits {
        let p = Projection::default();
        let points = [
            (36.87, 35.93),
            (45.25, 82.48),
            (51.17, 71.43),
            (42.15, 41.67),
            (38.9, 46.24),
        ]
        .map(|(lat, lon)| p.project(lat, lon));
        ViewLimits::around(bounding_box(points).expect("points"))
    }

    fn on_screen(camera: Camera, screen: Vec2, p: MapPoint) -> bool {
        let rect = Rect::from_min_size(pos2(0.0, 0.0), screen);
        rect.contains(ScreenTransform::new(camera, rect).map_to_screen(p))
    }

    fn inside(limits: &ViewLimits, camera: Camera, screen: Vec2) -> bool {
        let rect = Rect::from_min_size(pos2(0.0, 0.0), screen);
        let (min, max) = ScreenTransform::new(camera, rect).visible_map_rect();
        let (outer_min, outer_max) = limits.outer();
        let eps = 1e-6;
        min.x >= outer_min.x - eps
            && min.y >= outer_min.y - eps
            && max.x <= outer_max.x + eps
            && max.y <= outer_max.y + eps
    }

    #[test]
    fn zooming_out_stops_at_the_limit() {
        let limits = corridor();
        let screen = vec2(1024.0, 670.0);
        let mut camera = Camera::new(MapPoint::new(200.0, 300.0), 3.0);
        for _ in 0..30 {
            camera.km_per_px *= 2.0;
            camera = limits.clamp(camera, screen);
        }
        assert_eq!(camera.km_per_px, limits.max_km_per_px(screen));
        assert!(camera.km_per_px < 20.0, "{}", camera.km_per_px);
        assert!(inside(&limits, camera, screen));
    }

    #[test]
    fn the_widest_view_of_the_corridor_shows_eurasia_and_not_america() {
        let limits = corridor();
        let p = Projection::default();
        let (min, max) = limits.outer();
        let within = |lat: f64, lon: f64| {
            let m = p.project(lat, lon);
            (min.x..=max.x).contains(&m.x) && (min.y..=max.y).contains(&m.y)
        };
        for (place, lat, lon) in [
            ("Lisbon", 38.7, -9.1),
            ("Reykjavik", 64.1, -21.9),
            ("Tokyo", 35.7, 139.7),
            ("Kamchatka", 53.0, 158.0),
            ("Singapore", 1.3, 103.8),
            ("Cape Comorin", 8.1, 77.5),
            ("Taymyr", 77.0, 105.0),
        ] {
            assert!(within(lat, lon), "{place} is out of reach");
        }
        for (place, lat, lon) in [
            ("New York", 40.7, -74.0),
            ("Chicago", 41.9, -87.6),
            ("Denver", 39.7, -105.0),
            ("Anchorage", 61.2, -149.9),
            ("Sydney", -33.9, 151.2),
            ("Cape Town", -33.9, 18.4),
        ] {
            assert!(!within(lat, lon), "{place} is in reach");
        }
    }

    #[test]
    fn panning_away_keeps_some_of_the_route_in_sight() {
        let limits = corridor();
        let (route_min, route_max) = limits.route;
        for screen in [vec2(1024.0, 670.0), vec2(600.0, 800.0)] {
            for km_per_px in [0.5, 2.0, 8.0, 40.0] {
                for (dx, dy) in [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (1.0, 1.0)] {
                    let far = MapPoint::new(dx * 1e5, dy * 1e5);
                    let camera = limits.clamp(Camera::new(far, km_per_px), screen);
                    assert!(inside(&limits, camera, screen));
                    // A quarter of the view, or all of the route, stays on screen.
                    let rect = Rect::from_min_size(pos2(0.0, 0.0), screen);
                    let (min, max) = ScreenTransform::new(camera, rect).visible_map_rect();
                    let overlap_x = max.x.min(route_max.x) - min.x.max(route_min.x);
                    let overlap_y = max.y.min(route_max.y) - min.y.max(route_min.y);
                    let quarter_x = (max.x - min.x) / 4.0;
                    let quarter_y = (max.y - min.y) / 4.0;
                    let route_x = route_max.x - route_min.x;
                    let route_y = route_max.y - route_min.y;
                    assert!(overlap_x >= quarter_x.min(route_x) - 1e-6, "{overlap_x}");
                    assert!(overlap_y >= quarter_y.min(route_y) - 1e-6, "{overlap_y}");
                }
            }
        }
    }

    #[test]
    fn a_view_within_the_limits_is_left_alone() {
        let limits = corridor();
        let screen = vec2(800.0, 600.0);
        let camera = Camera::new(MapPoint::new(500.0, 400.0), 3.0);
        assert_eq!(limits.clamp(camera, screen), camera);
        assert!(limits.holds(camera, screen, 1e-9));
        let wide = Camera::new(MapPoint::new(500.0, 400.0), 39.0);
        assert!(!limits.holds(wide, screen, 1.0));
    }

    #[test]
    fn fitting_the_route_is_within_the_limits_on_any_screen() {
        let limits = corridor();
        let (min, max) = limits.route;
        for size in [
            vec2(800.0, 370.0),
            vec2(560.0, 640.0),
            vec2(1024.0, 670.0),
            vec2(1920.0, 1000.0),
            vec2(3840.0, 2000.0),
        ] {
            let rect = Rect::from_min_size(pos2(0.0, 0.0), size);
            let fit = Camera::fitting(min, max, rect, 50.0);
            assert!(limits.holds(fit, size, 1e-6), "{size:?}");
            assert!(on_screen(fit, size, min) && on_screen(fit, size, max));
        }
    }

    #[test]
    fn a_single_place_still_shows_its_region() {
        let limits = ViewLimits::around((MapPoint::new(10.0, 20.0), MapPoint::new(10.0, 20.0)));
        let (min, max) = limits.outer();
        assert_eq!(max.x - min.x, 2.0 * MIN_REACH_KM);
        assert_eq!(max.y - min.y, 2.0 * MIN_REACH_KM);
        let screen = vec2(1000.0, 600.0);
        let camera = limits.clamp(Camera::new(MapPoint::new(9e4, 9e4), 40.0), screen);
        assert!(
            (camera.km_per_px - 3.0).abs() < 1e-9,
            "{}",
            camera.km_per_px
        );
        assert!(on_screen(camera, screen, MapPoint::new(10.0, 20.0)));
    }

    #[test]
    fn a_screen_of_no_size_changes_nothing() {
        let limits = corridor();
        let camera = Camera::new(MapPoint::new(9e4, 0.0), 40.0);
        assert_eq!(limits.clamp(camera, vec2(0.0, 0.0)), camera);
    }
}
