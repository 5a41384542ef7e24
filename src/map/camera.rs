//! Where the map is looked at from, and the one transform between map plane and screen.

use emath::{Pos2, Rect, Vec2, pos2};
use serde::{Deserialize, Serialize};

use super::projection::{MapPoint, Projection};

/// Closest zoom: a port's quays.
pub const MIN_KM_PER_PX: f64 = 0.02;
/// Widest zoom of any camera: the whole projected world. A route is seen within tighter limits
/// of its own (see `limits`).
pub const MAX_KM_PER_PX: f64 = 40.0;

/// The centre of the view and its scale.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Camera {
    pub center: MapPoint,
    /// Kilometres per screen point.
    pub km_per_px: f64,
}

impl Default for Camera {
    fn default() -> Self {
        Camera {
            center: MapPoint::default(),
            km_per_px: 4.0,
        }
    }
}

impl Camera {
    pub fn new(center: MapPoint, km_per_px: f64) -> Self {
        Camera {
            center,
            km_per_px: km_per_px.clamp(MIN_KM_PER_PX, MAX_KM_PER_PX),
        }
    }

    /// Moves the map with the pointer: a drag of `delta` screen points.
    pub fn pan(&mut self, delta: Vec2) {
        self.center.x -= f64::from(delta.x) * self.km_per_px;
        self.center.y += f64::from(delta.y) * self.km_per_px;
    }

    /// Zooms by `factor` (>1 zooms in) keeping the map point under `anchor` where it is.
    pub fn zoom_about(&mut self, factor: f64, anchor: Pos2, screen: Rect) {
        if !factor.is_finite() || factor <= 0.0 {
            return;
        }
        let before = ScreenTransform::new(*self, screen).screen_to_map(anchor);
        self.km_per_px = (self.km_per_px / factor).clamp(MIN_KM_PER_PX, MAX_KM_PER_PX);
        let after = ScreenTransform::new(*self, screen).screen_to_map(anchor);
        self.center.x += before.x - after.x;
        self.center.y += before.y - after.y;
    }

    /// The camera that shows `min..max` (map plane) inside `screen`, with `margin` points spare
    /// on each side.
    pub fn fitting(min: MapPoint, max: MapPoint, screen: Rect, margin: f32) -> Camera {
        let width = f64::from((screen.width() - 2.0 * margin).max(1.0));
        let height = f64::from((screen.height() - 2.0 * margin).max(1.0));
        let km_per_px = ((max.x - min.x) / width).max((max.y - min.y) / height);
        Camera::new(min.lerp(max, 0.5), km_per_px.max(MIN_KM_PER_PX * 10.0))
    }

    /// The camera of a map on `screen` that shows `min..max` inside `room`, the part of the
    /// screen that panels lying over the map leave free, with `margin` points spare on each side.
    pub fn fitting_in(
        min: MapPoint,
        max: MapPoint,
        screen: Rect,
        room: Rect,
        margin: f32,
    ) -> Camera {
        let mut camera = Camera::fitting(min, max, room, margin);
        // Fitting centres the box in `room`; the camera centres the whole screen.
        let shift = room.center() - screen.center();
        camera.center.x -= f64::from(shift.x) * camera.km_per_px;
        camera.center.y += f64::from(shift.y) * camera.km_per_px;
        camera
    }

    /// The camera part way to `to`: centre eased linearly, scale geometrically, so a zoom looks
    /// even at every step.
    pub fn interpolate(&self, to: &Camera, t: f64) -> Camera {
        let t = t.clamp(0.0, 1.0);
        Camera {
            center: self.center.lerp(to.center, t),
            km_per_px: (self.km_per_px.ln() + (to.km_per_px.ln() - self.km_per_px.ln()) * t).exp(),
        }
    }
}

/// A camera move in progress.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flight {
    pub from: Camera,
    pub to: Camera,
    pub start: f64,
    pub duration: f64,
    /// For a long jump, the scale to pull out to halfway, so both ends are seen on the way.
    pub peak_km_per_px: Option<f64>,
}

impl Flight {
    /// A flight that pulls out halfway when the two views are far apart for the screen's width.
    pub fn new(from: Camera, to: Camera, start: f64, duration: f64, screen_width: f32) -> Self {
        let needed = from.center.distance(to.center) / f64::from(screen_width.max(1.0) * 0.6);
        let closest = from.km_per_px.max(to.km_per_px);
        Flight {
            from,
            to,
            start,
            duration,
            peak_km_per_px: (needed > closest * 1.5).then_some(needed.min(MAX_KM_PER_PX)),
        }
    }

    /// The camera at time `now`, and whether the flight is over.
    pub fn at(&self, now: f64) -> (Camera, bool) {
        if self.duration <= 0.0 {
            return (self.to, true);
        }
        let t = ((now - self.start) / self.duration).clamp(0.0, 1.0);
        let eased = ease_in_out(t);
        let mut camera = self.from.interpolate(&self.to, eased);
        if let Some(peak) = self.peak_km_per_px {
            // Out to the peak in the first half, back in during the second, in log scale.
            let (a, b, s) = if t < 0.5 {
                (self.from.km_per_px, peak, ease_in_out(t * 2.0))
            } else {
                (peak, self.to.km_per_px, ease_in_out(t * 2.0 - 1.0))
            };
            camera.km_per_px = (a.ln() + (b.ln() - a.ln()) * s).exp();
        }
        (camera, t >= 1.0)
    }
}

/// Smooth start and stop.
pub fn ease_in_out(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// Turns map-plane kilometres into screen points and back, for one camera and one screen rect.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenTransform {
    pub camera: Camera,
    pub screen: Rect,
}

impl ScreenTransform {
    pub fn new(camera: Camera, screen: Rect) -> Self {
        ScreenTransform { camera, screen }
    }

    pub fn map_to_screen(&self, p: MapPoint) -> Pos2 {
        let c = self.screen.center();
        pos2(
            (f64::from(c.x) + (p.x - self.camera.center.x) / self.camera.km_per_px) as f32,
            (f64::from(c.y) - (p.y - self.camera.center.y) / self.camera.km_per_px) as f32,
        )
    }

    pub fn screen_to_map(&self, p: Pos2) -> MapPoint {
        let c = self.screen.center();
        MapPoint::new(
            self.camera.center.x + f64::from(p.x - c.x) * self.camera.km_per_px,
            self.camera.center.y - f64::from(p.y - c.y) * self.camera.km_per_px,
        )
    }

    /// The map-plane rectangle on screen, as (min, max).
    pub fn visible_map_rect(&self) -> (MapPoint, MapPoint) {
        let a = self.screen_to_map(self.screen.left_bottom());
        let b = self.screen_to_map(self.screen.right_top());
        (a, b)
    }

    /// Screen position of a place given in degrees.
    pub fn project(&self, projection: &Projection, lat: f64, lon: f64) -> Pos2 {
        self.map_to_screen(projection.project(lat, lon))
    }

    /// The place under a screen position, in degrees (lat, lon).
    pub fn unproject(&self, projection: &Projection, p: Pos2) -> Option<(f64, f64)> {
        projection.unproject(self.screen_to_map(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen() -> Rect {
        Rect::from_min_size(pos2(0.0, 0.0), emath::vec2(800.0, 600.0))
    }

    #[test]
    fn screen_round_trip() {
        let t = ScreenTransform::new(Camera::new(MapPoint::new(100.0, -50.0), 3.0), screen());
        let p = MapPoint::new(321.5, 87.25);
        let back = t.screen_to_map(t.map_to_screen(p));
        assert!(p.distance(back) < 1e-2);
        assert_eq!(
            t.map_to_screen(MapPoint::new(100.0, -50.0)),
            pos2(400.0, 300.0)
        );
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let mut camera = Camera::new(MapPoint::new(0.0, 0.0), 4.0);
        let anchor = pos2(650.0, 120.0);
        let before = ScreenTransform::new(camera, screen()).screen_to_map(anchor);
        camera.zoom_about(2.0, anchor, screen());
        let after = ScreenTransform::new(camera, screen()).screen_to_map(anchor);
        assert!((camera.km_per_px - 2.0).abs() < 1e-12);
        assert!(before.distance(after) < 1e-9);
    }

    #[test]
    fn zoom_is_limited() {
        let mut camera = Camera::default();
        for _ in 0..100 {
            camera.zoom_about(2.0, pos2(10.0, 10.0), screen());
        }
        assert_eq!(camera.km_per_px, MIN_KM_PER_PX);
        for _ in 0..100 {
            camera.zoom_about(0.5, pos2(10.0, 10.0), screen());
        }
        assert_eq!(camera.km_per_px, MAX_KM_PER_PX);
    }

    #[test]
    fn pan_follows_the_drag() {
        let mut camera = Camera::new(MapPoint::new(0.0, 0.0), 2.0);
        camera.pan(emath::vec2(10.0, 5.0));
        assert_eq!(camera.center, MapPoint::new(-20.0, 10.0));
    }

    #[test]
    fn fitting_shows_the_whole_box() {
        let (min, max) = (MapPoint::new(-500.0, -100.0), MapPoint::new(1500.0, 300.0));
        let camera = Camera::fitting(min, max, screen(), 20.0);
        let t = ScreenTransform::new(camera, screen());
        for p in [min, max] {
            let s = t.map_to_screen(p);
            assert!(screen().shrink(19.9).contains(s), "{s:?}");
        }
    }

    #[test]
    fn fitting_in_a_room_shows_the_box_there() {
        let (min, max) = (MapPoint::new(-500.0, -100.0), MapPoint::new(1500.0, 300.0));
        let room = Rect::from_min_max(pos2(0.0, 0.0), pos2(520.0, 600.0));
        let camera = Camera::fitting_in(min, max, screen(), room, 20.0);
        let t = ScreenTransform::new(camera, screen());
        for p in [min, max, MapPoint::new(-500.0, 300.0)] {
            let s = t.map_to_screen(p);
            assert!(room.shrink(19.9).contains(s), "{s:?}");
        }
        assert_eq!(
            Camera::fitting_in(min, max, screen(), screen(), 20.0),
            Camera::fitting(min, max, screen(), 20.0)
        );
    }

    #[test]
    fn flight_eases_and_ends_at_target() {
        let from = Camera::new(MapPoint::new(0.0, 0.0), 8.0);
        let to = Camera::new(MapPoint::new(1000.0, 0.0), 2.0);
        let flight = Flight {
            from,
            to,
            start: 10.0,
            duration: 1.0,
            peak_km_per_px: None,
        };
        let (mid, done) = flight.at(10.5);
        assert!(!done);
        assert!((mid.center.x - 500.0).abs() < 1e-9);
        assert!((mid.km_per_px - 4.0).abs() < 1e-9, "geometric zoom");
        assert_eq!(flight.at(11.5), (to, true));
        assert!(flight.at(10.1).0.center.x < 100.0, "slow start");
    }

    #[test]
    fn long_jumps_pull_out_and_back_in() {
        let from = Camera::new(MapPoint::new(0.0, 0.0), 1.0);
        let to = Camera::new(MapPoint::new(3000.0, 0.0), 1.0);
        let flight = Flight::new(from, to, 0.0, 1.0, 1000.0);
        let peak = flight.peak_km_per_px.expect("far apart for the screen");
        assert!((peak - 5.0).abs() < 1e-9, "{peak}");
        let (mid, _) = flight.at(0.5);
        assert!((mid.km_per_px - peak).abs() < 1e-9, "widest halfway");
        let (early, _) = flight.at(0.25);
        assert!(early.km_per_px > 1.0 && early.km_per_px < peak);
        assert_eq!(flight.at(1.0), (to, true));
        assert_eq!(flight.at(0.0).0.km_per_px, 1.0);
    }

    #[test]
    fn short_hops_do_not_pull_out() {
        let from = Camera::new(MapPoint::new(0.0, 0.0), 4.0);
        let to = Camera::new(MapPoint::new(500.0, 0.0), 3.0);
        let flight = Flight::new(from, to, 0.0, 1.0, 1000.0);
        assert_eq!(flight.peak_km_per_px, None);
        let (mid, _) = flight.at(0.5);
        assert!(mid.km_per_px <= 4.0 && mid.km_per_px >= 3.0);
    }

    #[test]
    fn a_cut_lands_at_once() {
        let from = Camera::new(MapPoint::new(0.0, 0.0), 4.0);
        let to = Camera::new(MapPoint::new(9000.0, 0.0), 3.0);
        let flight = Flight::new(from, to, 5.0, 0.0, 1000.0);
        assert_eq!(flight.at(5.0), (to, true));
    }
}
