//! A scale bar of a round length, measured along the parallel where it stands: the map and every
//! export draw the same one.

use emath::{Pos2, vec2};

use crate::map::camera::ScreenTransform;
use crate::map::projection::Projection;
use crate::model::LatLon;

/// About how long the bar is, in screen points, before rounding to a nice length.
const TARGET_LENGTH: f64 = 120.0;

#[derive(Clone, Debug, PartialEq)]
pub struct ScaleBar {
    /// Left end of the bar.
    pub start: Pos2,
    pub end: Pos2,
    /// The length it stands for, in kilometres: a round number such as 200 or 0.5.
    pub km: f64,
}

impl ScaleBar {
    /// The length it stands for in the language of `tr`, such as "200 km".
    pub fn text(&self, tr: &crate::i18n::Tr) -> String {
        // Lengths are written as they are, "1000 km" and not "1,000 km".
        if self.km >= 1.0 {
            crate::tr!(tr, "legend-scale-km", length = format!("{:.0}", self.km))
        } else {
            crate::tr!(
                tr,
                "legend-scale-m",
                length = format!("{:.0}", self.km * 1000.0)
            )
        }
    }
}

/// The bar for `view`, at the map's lower left corner; `None` where the ground distance is not
/// defined (off the projection).
pub fn scale_bar(view: &ScreenTransform, projection: &Projection) -> Option<ScaleBar> {
    scale_bar_at(
        view,
        projection,
        view.screen.left_bottom() + vec2(16.0, -18.0),
        TARGET_LENGTH,
    )
}

/// The bar for `view` starting at `start`, about `length` points long before rounding.
pub fn scale_bar_at(
    view: &ScreenTransform,
    projection: &Projection,
    start: Pos2,
    length: f64,
) -> Option<ScaleBar> {
    let a = view.screen_to_map(start);
    let (lat, lon) = projection.unproject(a)?;
    // Kilometres per screen point on the ground, from a short step east.
    let b = projection.project(lat, lon + 0.01);
    // Measured on the ellipsoid, as the app measures a link's length.
    let ground_km = crate::flows::path_length_km(&[
        LatLon { lat, lon },
        LatLon {
            lat,
            lon: lon + 0.01,
        },
    ]);
    let map_km = a.distance(b);
    if map_km <= 0.0 || ground_km <= 0.0 {
        return None;
    }
    let km_per_px = view.camera.km_per_px * ground_km / map_km;
    let target = km_per_px * length;
    let magnitude = 10f64.powf(target.log10().floor());
    let nice = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .rfind(|&v| v <= target)
        .unwrap_or(magnitude);
    let width = (nice / km_per_px) as f32;
    Some(ScaleBar {
        start,
        end: start + vec2(width, 0.0),
        km: nice,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::camera::Camera;

    #[test]
    fn the_bar_is_a_round_length_near_its_target_size() {
        let projection = Projection::default();
        let screen = emath::Rect::from_min_size(emath::Pos2::ZERO, vec2(1000.0, 600.0));
        let camera = Camera::new(projection.project(41.0, 50.0), 2.0);
        let bar = scale_bar(&ScreenTransform::new(camera, screen), &projection)
            .expect("a bar over the Caspian");
        let length = bar.end.x - bar.start.x;
        assert!((40.0..=121.0).contains(&length), "length {length}");
        let text = bar.text(&crate::i18n::Tr::default());
        assert_eq!(
            bar.text(&crate::i18n::Tr::new("ru")),
            text.replace("km", "км")
        );
        let km: f64 = text
            .trim_end_matches(" km")
            .parse()
            .expect("a whole number of km");
        let first_digit = km / 10f64.powf(km.log10().floor());
        assert!([1.0, 2.0, 5.0].contains(&first_digit), "{text}");
    }
}
