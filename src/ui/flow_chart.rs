//! The chart of the flow values on a link or through a place, under the side panel's page: one
//! line per layer and way, so values on different links are never joined; values for part of a
//! year as squares that no line joins; values with no year given in a column of their own after
//! the years. Then each value in words with its source.

use egui::{RichText, Ui};
use egui_plot::{
    Corner, GridMark, HoverPosition, Legend, Line, LineStyle, MarkerShape, Plot, PlotPoint,
    PlotPoints, Points, Text, VLine,
};

use crate::flows::series::{self, Chart, Series, When};
use crate::model::{Route, ValueKind};
use crate::scene::RouteGeometry;
use crate::text::describe::{self, source_credit};
use crate::ui::tr::TrContext;

/// Years on the axis up to which every year gets its own mark.
const YEAR_MARKS: i32 = 15;

/// The chart of `flows` (layer, value) with `year` marked, then the values in words. `id`
/// keeps the plots of different pages apart.
pub fn show(
    ui: &mut Ui,
    route: &Route,
    geometry: &RouteGeometry,
    id: (&str, usize),
    flows: &[(usize, usize)],
    year: Option<i32>,
) {
    let tr = ui.tr();
    let years = crate::flows::year_span(route);
    let chart = series::chart(
        route,
        flows,
        &geometry.flow_legs,
        years.or(year.map(|y| (y, y))).unwrap_or_default(),
    );
    // One chart per unit: tonnes and dollars don't share an axis.
    let mut units: Vec<&str> = Vec::new();
    for s in &chart.series {
        if let Some(layer) = route.layers.get(s.layer)
            && !units.contains(&layer.unit.as_str())
        {
            units.push(&layer.unit);
        }
    }
    for unit in units {
        let shown: Vec<&Series> = chart
            .series
            .iter()
            .filter(|s| route.layers.get(s.layer).is_some_and(|l| l.unit == unit))
            .collect();
        plot(ui, route, &chart, &shown, (id, unit), year, years.is_some());
    }
    ui.weak(tr.t("panel-chart-key"));
    for &(li, vi) in flows {
        let (Some(layer), Some(value)) = (
            route.layers.get(li),
            route.layers.get(li).and_then(|l| l.values.get(vi)),
        ) else {
            continue;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&layer.name).strong());
            ui.label(describe::describe_value(&tr, layer, value));
            let credit = ui.weak(format!("— {}", source_credit(&tr, route, &value.source)));
            if !value.excerpt.is_empty() {
                credit.on_hover_text(format!("«{}»", value.excerpt));
            }
        });
        if !value.note.is_empty() {
            ui.label(RichText::new(&value.note).size(12.0).italics());
        }
    }
}

/// The series' name in the chart's legend: the layer's, and where it has several ways on the
/// chart, the way's ends too ("Kazakh oil to Ceyhan: Baku → Ceyhan").
fn series_name(route: &Route, chart: &Chart, s: &Series) -> String {
    let layer = route.layers.get(s.layer).map_or("", |l| l.name.as_str());
    let ways = chart.series.iter().filter(|o| o.layer == s.layer).count();
    if ways < 2 {
        return layer.to_owned();
    }
    let name = |id: &str| route.node(id).map_or(id.to_owned(), |n| n.name.to_string());
    let arrow = if s.directed { "→" } else { "–" };
    format!("{layer}: {} {arrow} {}", name(&s.from), name(&s.to))
}

/// One plot of the series of one unit.
fn plot(
    ui: &mut Ui,
    route: &Route,
    chart: &Chart,
    shown: &[&Series],
    (id, unit): ((&str, usize), &str),
    year: Option<i32>,
    has_years: bool,
) {
    let tr = ui.tr();
    let (first, last) = chart.years;
    let top = shown
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.amount))
        .fold(0.0_f64, f64::max);
    // What the pointer shows over a point: the value in words.
    let mut hover: Vec<(String, [f64; 2], String)> = Vec::new();
    let mut plot = Plot::new((id.0, id.1, unit))
        .height(160.0)
        .legend(Legend::default().position(Corner::LeftTop))
        // Head room for the legend above the lines.
        .include_y(top * (1.25 + 0.3 * shown.len() as f64))
        .include_y(0.0)
        .y_axis_label(unit)
        .y_axis_formatter({
            let tr = tr.clone();
            move |mark, _| tr.number(mark.value, 2)
        })
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false);
    if has_years {
        plot = plot
            .include_x(f64::from(first) - 0.3)
            .include_x(f64::from(last) + 0.3);
    }
    if let Some(x) = chart.no_year_x {
        plot = plot.include_x(x - 0.3).include_x(x + 0.3);
    }
    if last - first <= YEAR_MARKS {
        // A mark at each year, and one at the column of values with no year.
        let column = chart.no_year_x;
        plot = plot.x_grid_spacer(move |input| {
            let (from, to) = input.bounds;
            let mut marks: Vec<GridMark> = (first..=last)
                .map(f64::from)
                .chain(column)
                .filter(|x| (from..=to).contains(x))
                .map(|value| GridMark {
                    value,
                    step_size: 1.0,
                })
                .collect();
            marks.dedup_by(|a, b| a.value == b.value);
            marks
        });
    }
    let no_year = tr.t("chart-no-year");
    let column = chart.no_year_x;
    plot = plot.x_axis_formatter(move |mark, _| {
        if column.is_some_and(|x| (mark.value - x).abs() < 0.01) {
            no_year.clone()
        } else if mark.value.fract().abs() < 1e-9 && mark.value <= f64::from(last) {
            format!("{:.0}", mark.value)
        } else {
            String::new()
        }
    });
    for s in shown {
        let Some(layer) = route.layers.get(s.layer) else {
            continue;
        };
        let name = series_name(route, chart, s);
        for p in &s.points {
            if let Some(v) = layer.values.get(p.value) {
                hover.push((
                    name.clone(),
                    [p.x, p.amount],
                    describe::describe_value(&tr, layer, v),
                ));
            }
        }
    }
    let plot = plot.label_formatter(move |at: &HoverPosition<'_>| match at {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => hover
            .iter()
            .filter(|(name, _, _)| name == plot_name)
            .min_by(|a, b| {
                let d = |p: &[f64; 2]| (p[0] - position.x).abs() + (p[1] - position.y).abs();
                d(&a.1).total_cmp(&d(&b.1))
            })
            .map(|(name, _, words)| format!("{name}\n{words}")),
        HoverPosition::Elsewhere { .. } => None,
    });
    // Quiet text and marks in the theme's colour, which reads on its panel.
    let quiet = crate::ui::theme::palette(ui.ctx()).quiet_text;
    plot.show(ui, |plot| {
        if let Some(year) = year {
            plot.vline(
                VLine::new("", f64::from(year))
                    .color(quiet)
                    .style(LineStyle::dashed_loose()),
            );
        }
        if let Some(x) = chart.no_year_x {
            // The column of values with no year, set apart from the years.
            if has_years {
                plot.vline(
                    VLine::new("", x - 0.5)
                        .color(quiet.gamma_multiply(0.6))
                        .style(LineStyle::dotted_dense()),
                );
            }
            plot.text(
                Text::new("", PlotPoint::new(x, top * 1.12), tr.t("chart-no-year")).color(quiet),
            );
        }
        for (k, s) in shown.iter().enumerate() {
            let Some(layer) = route.layers.get(s.layer) else {
                continue;
            };
            let color = crate::scene::bands::layer_color(layer);
            let name = series_name(route, chart, s);
            // A layer's second and later ways are told apart by their line.
            let way = shown[..k].iter().filter(|o| o.layer == s.layer).count();
            let style = match way {
                0 => LineStyle::Solid,
                1 => LineStyle::dashed_loose(),
                _ => LineStyle::dotted_loose(),
            };
            for run in s.lines() {
                plot.line(
                    Line::new(&name, PlotPoints::from(run))
                        .color(color)
                        .style(style),
                );
            }
            for (shape, filled, pick) in [
                (MarkerShape::Circle, true, kind_at(ValueKind::Actual)),
                (MarkerShape::Diamond, true, kind_at(ValueKind::Estimate)),
                (MarkerShape::Circle, false, kind_at(ValueKind::Plan)),
                (MarkerShape::Square, true, part_of_year),
            ] {
                let points: Vec<[f64; 2]> = s
                    .points
                    .iter()
                    .filter(|p| pick(p))
                    .map(|p| [p.x, p.amount])
                    .collect();
                if !points.is_empty() {
                    plot.points(
                        Points::new(&name, PlotPoints::from(points))
                            .shape(shape)
                            .filled(filled)
                            .radius(4.5)
                            .color(color),
                    );
                }
            }
            // The months of a value for part of a year, beside it.
            for p in &s.points {
                if let When::PartOfYear(period) = p.when {
                    plot.text(
                        Text::new(
                            "",
                            PlotPoint::new(p.x, p.amount + top * 0.12),
                            period.months_words(&tr),
                        )
                        .color(color),
                    );
                }
            }
        }
    });
}

/// Picks the points of whole years and of no year given of one kind; a part of a year has its
/// own mark whatever its kind.
fn kind_at(kind: ValueKind) -> fn(&series::Point) -> bool {
    match kind {
        ValueKind::Actual => |p| p.kind == ValueKind::Actual && !part_of_year(p),
        ValueKind::Estimate => |p| p.kind == ValueKind::Estimate && !part_of_year(p),
        ValueKind::Plan => |p| p.kind == ValueKind::Plan && !part_of_year(p),
    }
}

fn part_of_year(p: &series::Point) -> bool {
    matches!(p.when, When::PartOfYear(_))
}
