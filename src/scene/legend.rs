//! The legend: what the map's bands, lines and symbols mean. One list of rows serves the app's
//! layers panel, the talk's legend card and an exported map's legend, and one function draws
//! each row's sample, so they all say and show the same.

use ecolor::Color32;
use emath::{Align2, Pos2, Rect, Vec2, pos2, vec2};

use crate::flows::{LegendRow as LayerLegend, legend_row};
use crate::i18n::{Tr, msg};
use crate::model::{LinkMode, LinkStatus, NodeKind, Route, ValueKind};
use crate::text::MeasureText;
use crate::text::describe::{link_mode, link_status, node_kind};
use strum::VariantArray;

use super::bands::layer_color;
use super::card::{CardStyle, Readable};
use super::display::{Circle, Font, Item, Line, RectShape, Stroke, Text};
use super::lower::{band_items, marker_shape, styled_line};
use super::{Band, BandState, Dash, FlowView, LineStyle, MarkerShape, style};

/// What a row's sample shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Sample {
    /// A band of a round value of the layer, as wide as the map draws it.
    Band {
        width: f32,
        color: Color32,
    },
    /// The dotted line of a layer with no value in the year.
    MissingBand {
        color: Color32,
    },
    /// The open mark of a value with no year given, shown apart from the years.
    NoYear,
    /// How a kind of value (actual, estimate, plan) is drawn.
    Kind(ValueKind),
    Line(LineStyle),
    Marker(MarkerShape, f32),
}

/// One row: a heading when it has no sample, else a sample and what it means, with a detail
/// line for a layer ("band = 2 Mt").
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub sample: Option<Sample>,
    pub text: String,
    pub detail: Option<String>,
}

/// Which legend: everything on the map, or the short one a talk shows beside a slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendKind {
    /// The flows, link modes and statuses, and kinds of place the route has.
    Full,
    /// Only the flows with a value in the year: what the slide shows, and no more.
    Talk,
}

fn heading(text: impl Into<String>) -> Row {
    Row {
        sample: None,
        text: text.into(),
        detail: None,
    }
}

fn row(sample: Sample, text: impl Into<String>) -> Row {
    Row {
        sample: Some(sample),
        text: text.into(),
        detail: None,
    }
}

/// The legend's rows for what the map shows now, in the language of `tr`.
pub fn rows(route: &Route, flows: &FlowView, kind: LegendKind, tr: &Tr) -> Vec<Row> {
    let mut rows = flow_rows(route, flows, kind, tr);
    if kind == LegendKind::Talk {
        return rows;
    }
    let modes: Vec<LinkMode> = LinkMode::VARIANTS
        .iter()
        .copied()
        .filter(|&m| route.links.iter().any(|l| l.mode == m))
        .collect();
    if !modes.is_empty() {
        rows.push(heading(tr.t("legend-links")));
        for mode in modes {
            let style = style::link_style(mode, LinkStatus::Operating);
            rows.push(row(Sample::Line(style), link_mode(tr, mode)));
        }
        rows.push(heading(tr.t("legend-status")));
        for &status in LinkStatus::VARIANTS {
            if route.links.iter().any(|l| l.status == status) {
                rows.push(row(
                    Sample::Line(status_style(status)),
                    link_status(tr, status),
                ));
            }
        }
    }
    let kinds: Vec<NodeKind> = NodeKind::VARIANTS
        .iter()
        .copied()
        .filter(|&k| route.nodes.iter().any(|n| n.kind == k))
        .collect();
    if !kinds.is_empty() {
        rows.push(heading(tr.t("legend-places")));
        for kind in kinds {
            let (shape, radius) = style::node_marker(kind);
            rows.push(row(
                Sample::Marker(shape, radius * 0.85),
                node_kind(tr, kind),
            ));
        }
    }
    rows
}

/// A neutral line drawn as links of `status` are: solid, dashed or dotted.
fn status_style(status: LinkStatus) -> LineStyle {
    let mut style = style::link_style(LinkMode::SeaFerry, status);
    style.color = Color32::from_rgb(0x44, 0x44, 0x44);
    if status == LinkStatus::Operating {
        style.dash = Dash::Solid;
    }
    style
}

/// The year's flows, top layer first, then how each kind of value is drawn.
fn flow_rows(route: &Route, flows: &FlowView, kind: LegendKind, tr: &Tr) -> Vec<Row> {
    let visible: Vec<_> = flows
        .visible()
        .rev()
        .filter_map(|v| route.layers.get(v.index))
        .filter(|l| kind == LegendKind::Full || l.values.iter().any(|v| v.year == flows.year))
        .collect();
    let mut rows = Vec::new();
    if visible.is_empty() {
        return rows;
    }
    // The talk's legend shows how kinds of value are drawn only when the slide has more than
    // actual values: a slide needs every line it can spare.
    let kinds: Vec<ValueKind> = match kind {
        LegendKind::Full => vec![ValueKind::Actual, ValueKind::Estimate, ValueKind::Plan],
        LegendKind::Talk => {
            let shown: Vec<ValueKind> = visible
                .iter()
                .flat_map(|l| l.values.iter())
                .filter(|v| v.year == flows.year)
                .map(|v| v.kind)
                .collect();
            if shown.iter().all(|&k| k == ValueKind::Actual) {
                Vec::new()
            } else {
                [ValueKind::Actual, ValueKind::Estimate, ValueKind::Plan]
                    .into_iter()
                    .filter(|k| shown.contains(k))
                    .collect()
            }
        }
    };
    rows.push(heading(flows_in(tr, flows.year)));
    for layer in visible {
        let color = layer_color(layer);
        let LayerLegend {
            has_year,
            detail,
            width,
        } = legend_row(layer, flows.year, tr);
        let sample = if has_year {
            Sample::Band {
                width,
                color: color.gamma_multiply(0.9),
            }
        } else {
            Sample::MissingBand { color }
        };
        rows.push(Row {
            sample: Some(sample),
            text: layer.name.to_string(),
            detail: Some(detail),
        });
    }
    // Values whose source gives no year are not in any year's map: said in a row as narrow as
    // a layer's, so the legend covers no more of the map than without it.
    let no_year_elsewhere = flows.year.filter(|_| {
        kind == LegendKind::Full
            && flows
                .visible()
                .filter_map(|v| route.layers.get(v.index))
                .any(|l| l.values.iter().any(|v| v.year.is_none()))
    });
    if let Some(year) = no_year_elsewhere {
        rows.push(Row {
            detail: Some(crate::tr!(
                tr,
                "legend-no-year-detail",
                year = year.to_string()
            )),
            ..row(Sample::NoYear, tr.t("legend-no-year-note"))
        });
    }
    for (kind, text) in [
        (ValueKind::Actual, msg("legend-actual")),
        (ValueKind::Estimate, msg("legend-estimate")),
        (ValueKind::Plan, msg("legend-plan")),
    ] {
        if kinds.contains(&kind) {
            rows.push(row(Sample::Kind(kind), tr.t(text)));
        }
    }
    rows
}

/// "Flows in 2023", as the legend and a slide's card head the year's flows; "Values with no
/// year given" for those.
pub fn flows_in(tr: &Tr, year: Option<i32>) -> String {
    match year {
        // A year is not a number to group.
        Some(year) => crate::tr!(tr, "slide-flows-in", year = year.to_string()),
        None => tr.t("slide-flows-no-year"),
    }
}

/// Width of a row's sample, in points at scale 1.
pub const SAMPLE_WIDTH: f32 = 40.0;

impl Sample {
    /// The height the sample needs, at scale 1.
    pub fn height(&self) -> f32 {
        match self {
            Sample::Band { width, .. } => width.max(12.0),
            _ => 14.0,
        }
    }

    /// The sample drawn in `rect`, across its middle.
    pub fn items(&self, rect: Rect) -> Vec<Item> {
        let ends = [rect.left_center(), rect.right_center()];
        let mut out = Vec::new();
        match *self {
            Sample::Band { width, color } => out.push(
                Line {
                    points: ends.to_vec(),
                    stroke: Stroke::new(width, color),
                }
                .into(),
            ),
            Sample::MissingBand { color } => {
                for k in 0..6 {
                    let x = rect.left() + 3.0 + k as f32 * 7.0;
                    out.push(
                        Circle {
                            center: pos2(x, rect.center().y),
                            radius: 1.3,
                            fill: color,
                            stroke: None,
                        }
                        .into(),
                    );
                }
            }
            Sample::NoYear => out.push(
                Circle {
                    center: rect.center(),
                    radius: 4.5,
                    fill: Color32::TRANSPARENT,
                    stroke: Some(Stroke::new(1.5, Color32::from_rgb(0x55, 0x55, 0x55))),
                }
                .into(),
            ),
            Sample::Kind(kind) => {
                let band = Band {
                    points: Vec::new().into(),
                    offset: 0.0,
                    width: 9.0,
                    color: Color32::from_rgb(0x55, 0x55, 0x55),
                    state: BandState::Value { kind, amount: true },
                    arrow: true,
                    link: 0,
                    layer: 0,
                    value: 0,
                };
                band_items(&ends, &band, None, &mut out);
            }
            Sample::Line(style) => styled_line(&ends, &style, &mut out),
            Sample::Marker(shape, radius) => marker_shape(
                rect.center(),
                shape,
                radius,
                style::NODE_FILL,
                (1.5, style::NODE_STROKE),
                &mut out,
            ),
        }
        out
    }
}

/// Type sizes of a legend card, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LegendType {
    pub heading: f32,
    pub text: f32,
    pub detail: f32,
    /// Scales the samples and spacing with the type.
    pub scale: f32,
}

impl LegendType {
    /// On an exported map: print sizes.
    pub fn print() -> Self {
        LegendType {
            heading: 14.0,
            text: 13.0,
            detail: 12.0,
            scale: 1.0,
        }
    }

    /// Beside a slide at type scale `s`: large enough for a hall.
    pub fn talk(s: f32) -> Self {
        let k = 1.5 * s;
        LegendType {
            heading: 15.0 * k,
            text: 13.0 * k,
            detail: 12.0 * k,
            scale: k,
        }
    }
}

/// A laid-out legend card, to be placed.
#[derive(Clone, Debug)]
pub struct LegendCard {
    rows: Vec<(Row, f32)>,
    kind: LegendType,
    text_width: f32,
    padding: f32,
}

/// Grey of a layer's detail line.
const DETAIL: Color32 = Color32::from_rgb(0x6B, 0x65, 0x5B);

impl LegendCard {
    /// The card for `rows`, cut to fit `max_height`; `None` when there is nothing to show.
    pub fn new(
        mut rows: Vec<Row>,
        kind: LegendType,
        max_height: f32,
        measure: &MeasureText<'_>,
    ) -> Option<Self> {
        let k = kind.scale;
        let padding = 10.0 * k;
        let mut laid: Vec<(Row, f32)> = Vec::new();
        let mut height = 2.0 * padding;
        for row in rows.drain(..) {
            let h = row_height(&row, kind, measure);
            if height + h > max_height && !laid.is_empty() {
                break;
            }
            height += h;
            laid.push((row, h));
        }
        if laid.is_empty() {
            return None;
        }
        let text_width = laid
            .iter()
            .map(|(row, _)| match &row.sample {
                None => measure(&row.text, kind.heading, true).x,
                Some(_) => {
                    let detail = row
                        .detail
                        .as_deref()
                        .map_or(0.0, |d| measure(d, kind.detail, false).x);
                    (SAMPLE_WIDTH + 8.0) * k + measure(&row.text, kind.text, false).x.max(detail)
                }
            })
            .fold(0.0, f32::max);
        Some(LegendCard {
            rows: laid,
            kind,
            text_width,
            padding,
        })
    }

    pub fn size(&self) -> Vec2 {
        let height: f32 = self.rows.iter().map(|(_, h)| h).sum();
        vec2(self.text_width, height) + Vec2::splat(2.0 * self.padding)
    }

    /// Places the card with its `pivot` corner at `at`; returns where it went.
    pub fn place(
        &self,
        at: Pos2,
        pivot: Align2,
        style: &CardStyle,
        measure: &MeasureText<'_>,
        items: &mut Vec<Item>,
        readable: &mut Vec<Readable>,
    ) -> Rect {
        let k = self.kind.scale;
        let card = pivot.anchor_size(at, self.size());
        items.push(Item::Group("legend"));
        items.push(
            RectShape {
                rect: card,
                corner_radius: style.corner_radius,
                fill: style.fill,
                stroke: style.stroke,
                shadow: style.shadow,
            }
            .into(),
        );
        let mut y = card.top() + self.padding;
        let left = card.left() + self.padding;
        for (row, height) in &self.rows {
            let Some(sample) = &row.sample else {
                push_text(
                    items,
                    readable,
                    measure,
                    pos2(left, y + height / 2.0),
                    Align2::LEFT_CENTER,
                    &row.text,
                    Font::bold(self.kind.heading),
                    style::LABEL,
                );
                y += height;
                continue;
            };
            let swatch = Rect::from_min_size(pos2(left, y), vec2(SAMPLE_WIDTH * k, *height));
            items.extend(sample.items(swatch));
            let x = swatch.right() + 8.0 * k;
            match &row.detail {
                None => push_text(
                    items,
                    readable,
                    measure,
                    pos2(x, swatch.center().y),
                    Align2::LEFT_CENTER,
                    &row.text,
                    Font::regular(self.kind.text),
                    style::LABEL,
                ),
                Some(detail) => {
                    let name = measure(&row.text, self.kind.text, false).y;
                    let top = swatch.center().y
                        - (name + measure(detail, self.kind.detail, false).y) / 2.0;
                    push_text(
                        items,
                        readable,
                        measure,
                        pos2(x, top),
                        Align2::LEFT_TOP,
                        &row.text,
                        Font::regular(self.kind.text),
                        style::LABEL,
                    );
                    push_text(
                        items,
                        readable,
                        measure,
                        pos2(x, top + name),
                        Align2::LEFT_TOP,
                        detail,
                        Font::regular(self.kind.detail),
                        DETAIL,
                    );
                }
            }
            y += height;
        }
        card
    }
}

/// A line of the legend's text, readable on its own.
#[allow(clippy::too_many_arguments)]
fn push_text(
    items: &mut Vec<Item>,
    readable: &mut Vec<Readable>,
    measure: &MeasureText<'_>,
    at: Pos2,
    anchor: Align2,
    words: &str,
    font: Font,
    color: Color32,
) {
    let text = Text {
        at,
        anchor,
        text: words.to_owned(),
        font,
        color,
        halo: None,
        size: measure(words, font.size, font.bold),
    };
    readable.push(Readable {
        rect: text.rect(),
        text: text.text.clone(),
    });
    items.push(text.into());
}

/// Height of a row: its text (and detail line), or its sample if that is taller, with a little
/// space.
fn row_height(row: &Row, kind: LegendType, measure: &MeasureText<'_>) -> f32 {
    let k = kind.scale;
    match &row.sample {
        None => measure(&row.text, kind.heading, true).y + 4.0 * k,
        Some(sample) => {
            let mut text = measure(&row.text, kind.text, false).y;
            if let Some(detail) = &row.detail {
                text += measure(detail, kind.detail, false).y;
            }
            text.max(sample.height() * k) + 3.0 * k
        }
    }
}
