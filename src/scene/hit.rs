//! What is under the pointer: links and flow bands, found by their distance on screen.

use emath::Pos2;

use crate::map::camera::ScreenTransform;
use crate::map::projection::bounding_box;
use strum::VariantArray;

use crate::model::{LinkMode, LinkStatus, Route};

use super::polyline::{distance_to_polyline, offset_polyline};
use super::{Band, RouteGeometry, Target, style};

/// How far, in screen points, the pointer may be from a line to hover it.
const LINE_HIT_DISTANCE: f32 = 7.0;

impl RouteGeometry {
    /// The link under screen point `p`, if any.
    pub fn hit_test_links(&self, route: &Route, view: &ScreenTransform, p: Pos2) -> Option<Target> {
        let at = view.screen_to_map(p);
        let widest = LinkMode::VARIANTS
            .iter()
            .flat_map(|&m| {
                LinkStatus::VARIANTS
                    .iter()
                    .map(move |&s| style::link_style(m, s).width)
            })
            .fold(0.0, f32::max);
        // Only links whose box comes within reach of the pointer are measured.
        let near = (LINE_HIT_DISTANCE.max(widest) as f64 + 1.0) * view.camera.km_per_px;
        route
            .links
            .iter()
            .enumerate()
            .filter(|&(i, _)| {
                self.link_bounds
                    .get(i)
                    .copied()
                    .flatten()
                    .is_some_and(|(lo, hi)| {
                        at.x >= lo.x - near
                            && at.x <= hi.x + near
                            && at.y >= lo.y - near
                            && at.y <= hi.y + near
                    })
            })
            .filter_map(|(i, l)| {
                let points: Vec<Pos2> = self.links[i]
                    .iter()
                    .map(|&q| view.map_to_screen(q))
                    .collect();
                let reach = LINE_HIT_DISTANCE.max(style::link_style(l.mode, l.status).width);
                let d = distance_to_polyline(p, &points);
                (d <= reach).then_some((d, Target::Link(i)))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, t)| t)
    }
}

/// The flow band under screen point `p`, if any; the topmost when bands touch.
pub fn hit_test_bands(bands: &[Band], view: &ScreenTransform, p: Pos2) -> Option<Target> {
    let at = view.screen_to_map(p);
    bands.iter().rev().find_map(|band| {
        // A band whose box is out of reach of the pointer is not measured.
        let near = f64::from(band.offset.abs() + band.width / 2.0 + 3.0) * view.camera.km_per_px;
        let (lo, hi) = bounding_box(band.points.iter().copied())?;
        if at.x < lo.x - near || at.x > hi.x + near || at.y < lo.y - near || at.y > hi.y + near {
            return None;
        }
        let screen: Vec<Pos2> = band.points.iter().map(|&q| view.map_to_screen(q)).collect();
        let shifted = offset_polyline(&screen, band.offset);
        (distance_to_polyline(p, &shifted) <= band.width / 2.0 + 2.0).then_some(Target::Flow {
            link: band.link,
            layer: band.layer,
            value: band.value,
        })
    })
}
