//! Flows on the route: which links a value runs along, the years the data covers, and how wide a
//! band is drawn for a value. Plain logic; the scene turns it into bands.

mod period;
pub mod series;
mod ways;

pub use period::{Period, PeriodError, part_of_year};
pub use ways::{FlowPathError, Leg, Ways, legs, mode_list, mode_name};

use std::collections::HashMap;

use crate::model::{FlowLayer, LatLon, Route};

/// Length of a path on the WGS84 ellipsoid, in kilometres.
pub fn path_length_km(path: &[LatLon]) -> f64 {
    use geo::{Distance, Geodesic, Point};
    path.windows(2)
        .map(|w| {
            Geodesic.distance(
                Point::new(w[0].lon, w[0].lat),
                Point::new(w[1].lon, w[1].lat),
            )
        })
        .sum::<f64>()
        / 1000.0
}

/// First and last year that any layer has a value for; values with no year given aside.
pub fn year_span(route: &Route) -> Option<(i32, i32)> {
    let years = route
        .layers
        .iter()
        .flat_map(|l| l.values.iter().filter_map(|v| v.year));
    years.fold(None, |span, y| match span {
        None => Some((y, y)),
        Some((a, b)) => Some((a.min(y), b.max(y))),
    })
}

/// Whether some value's source gives no year: the timeline then has a stop for such values
/// after its last year.
pub fn has_no_year_values(route: &Route) -> bool {
    route
        .layers
        .iter()
        .any(|l| l.values.iter().any(|v| v.year.is_none()))
}

/// The year with the most actual values, the latest of those tied: the year the data knows
/// best, to open on.
pub fn best_known_year(route: &Route) -> Option<i32> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for v in route.layers.iter().flat_map(|l| &l.values) {
        if let (Some(year), crate::model::ValueKind::Actual) = (v.year, v.kind) {
            *counts.entry(year).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(year, n)| (n, year))
        .map(|(year, _)| year)
}

/// The year the app opens a route on: the one its data knows best, else its last year; `None`
/// (the values with no year given) when no value has a year.
pub fn opening_year(route: &Route) -> Option<i32> {
    best_known_year(route).or(year_span(route).map(|s| s.1))
}

/// The shown year as a user reads it: "2023", or "no year given" for the values whose source
/// gives none.
pub fn year_words(tr: &crate::i18n::Tr, year: Option<i32>) -> String {
    // A year is not a number to group: "2023", never "2,023".
    year.map_or_else(|| tr.t("year-not-given"), |y| y.to_string())
}

/// Band widths are proportional to value, with the layer's largest value drawn this wide.
pub const MAX_BAND_PX: f32 = 26.0;
/// Small values stay visible.
pub const MIN_BAND_PX: f32 = 2.5;
/// Width of a band for a status with no amount, such as a planned line.
pub const STATUS_BAND_PX: f32 = 5.0;

/// What a layer's legend row says for a year; the map's legend and exported legends share it.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendRow {
    /// Whether the layer has a value in the year.
    pub has_year: bool,
    /// Such as "band = 2 Mt", "status, no amount" or "no value for 2023".
    pub detail: String,
    /// Width of the sample band, in screen points.
    pub width: f32,
}

/// The detail is in the language of `tr`; `year` is `None` for the values with no year given.
pub fn legend_row(layer: &FlowLayer, year: Option<i32>, tr: &crate::i18n::Tr) -> LegendRow {
    let widths = WidthScale::for_layer(layer);
    let shown = layer.values.iter().find(|v| v.year == year);
    let mut detail = match (widths.legend_sample(), shown) {
        (Some((value, _)), Some(_)) => crate::tr!(
            tr,
            "legend-band",
            amount = tr.numbers().amount(value, &layer.unit)
        ),
        (None, Some(_)) => tr.t("legend-status-only"),
        (_, None) => match year {
            Some(year) => crate::tr!(tr, "legend-no-value", year = year.to_string()),
            None => tr.t("legend-no-value-without-year"),
        },
    };
    if let Some(period) = shown.and_then(part_of_year) {
        detail = crate::tr!(
            tr,
            "legend-part-of-year",
            detail = detail,
            period = period.words(tr)
        );
    }
    LegendRow {
        has_year: shown.is_some(),
        detail,
        width: widths.legend_sample().map_or(STATUS_BAND_PX, |(_, w)| w),
    }
}

/// How a layer's values map to band widths in screen points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WidthScale {
    pub px_per_unit: f64,
}

impl WidthScale {
    /// The scale that draws the layer's largest value, over all years, [`MAX_BAND_PX`] wide.
    pub fn for_layer(layer: &FlowLayer) -> Self {
        let max = layer
            .values
            .iter()
            .filter_map(|v| v.value)
            .filter(|v| v.is_finite())
            .fold(0.0_f64, f64::max);
        WidthScale {
            px_per_unit: if max > 0.0 {
                f64::from(MAX_BAND_PX) / max
            } else {
                0.0
            },
        }
    }

    /// Band width for a value; [`STATUS_BAND_PX`] for a value with no amount.
    pub fn width(&self, value: Option<f64>) -> f32 {
        match value {
            Some(v) if v.is_finite() && v >= 0.0 => {
                ((v * self.px_per_unit) as f32).clamp(MIN_BAND_PX, MAX_BAND_PX * 1.5)
            }
            _ => STATUS_BAND_PX,
        }
    }

    /// A round value for the legend whose band is between a third and the whole of the widest,
    /// with its width.
    pub fn legend_sample(&self) -> Option<(f64, f32)> {
        if self.px_per_unit <= 0.0 {
            return None;
        }
        let max_value = f64::from(MAX_BAND_PX) / self.px_per_unit;
        let magnitude = 10f64.powf(max_value.log10().floor());
        let value = [5.0, 2.0, 1.0]
            .into_iter()
            .map(|m| m * magnitude)
            .find(|&v| v <= max_value)
            .unwrap_or(magnitude);
        Some((value, self.width(Some(value))))
    }
}

/// Where several bands share a link, the offset of each band's centre from the link's line, in
/// screen points: bands side by side, `gap` apart, centred on the line.
pub fn side_by_side(widths: &[f32], gap: f32) -> Vec<f32> {
    let total: f32 = widths.iter().sum::<f32>() + gap * widths.len().saturating_sub(1) as f32;
    let mut at = -total / 2.0;
    widths
        .iter()
        .map(|&w| {
            let centre = at + w / 2.0;
            at += w + gap;
            centre
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FlowLayer, FlowValue, ValueKind};

    fn value(v: Option<f64>) -> FlowValue {
        FlowValue {
            from: "a".into(),
            to: "b".into(),
            links: Vec::new(),
            year: Some(2024),
            period: String::new(),
            value: v,
            kind: ValueKind::Actual,
            source: "s".into(),
            excerpt: String::new(),
            note: Default::default(),
            directed: None,
        }
    }

    fn layer(values: &[f64]) -> FlowLayer {
        FlowLayer {
            id: "l".into(),
            name: "L".into(),
            unit: "Mt".into(),
            color: "#000000".into(),
            description: Default::default(),
            directed: true,
            modes: Vec::new(),
            values: values.iter().map(|&v| value(Some(v))).collect(),
        }
    }

    #[test]
    fn width_is_proportional_to_value() {
        let scale = WidthScale::for_layer(&layer(&[3.2, 4.5, 10.0]));
        assert_eq!(scale.width(Some(10.0)), MAX_BAND_PX);
        let half = scale.width(Some(5.0));
        assert!((half - MAX_BAND_PX / 2.0).abs() < 1e-4);
        assert!((scale.width(Some(4.5)) / scale.width(Some(3.2)) - 4.5 / 3.2).abs() < 1e-4);
        assert_eq!(
            scale.width(Some(0.01)),
            MIN_BAND_PX,
            "tiny values stay visible"
        );
        assert_eq!(scale.width(None), STATUS_BAND_PX);
        assert_eq!(scale.width(Some(-1.0)), STATUS_BAND_PX);
    }

    #[test]
    fn legend_sample_is_round_and_fits() {
        let scale = WidthScale::for_layer(&layer(&[3.2, 7.0]));
        let (v, w) = scale.legend_sample().expect("sample");
        assert_eq!(v, 5.0);
        assert!(w <= MAX_BAND_PX && w > MAX_BAND_PX / 3.0);
        let trade = WidthScale::for_layer(&layer(&[533.0, 1000.0]));
        assert_eq!(trade.legend_sample().map(|s| s.0), Some(1000.0));
        assert_eq!(WidthScale::for_layer(&layer(&[])).legend_sample(), None);
    }

    #[test]
    fn bands_sit_side_by_side_centred_on_the_line() {
        assert_eq!(side_by_side(&[10.0], 2.0), vec![0.0]);
        assert_eq!(side_by_side(&[10.0, 6.0], 2.0), vec![-4.0, 6.0]);
        let offsets = side_by_side(&[4.0, 4.0, 4.0], 1.0);
        assert_eq!(offsets, vec![-5.0, 0.0, 5.0]);
        // Neighbours touch edge to edge, plus the gap: never overlapping.
        let widths = [8.0, 3.0, 12.0];
        let o = side_by_side(&widths, 1.5);
        for i in 0..2 {
            let edge_gap = (o[i + 1] - widths[i + 1] / 2.0) - (o[i] + widths[i] / 2.0);
            assert!((edge_gap - 1.5).abs() < 1e-5);
        }
    }
}
