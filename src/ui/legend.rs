//! The map legend: the link modes and statuses and node kinds that the route uses.

use egui::{Color32, Rect, RichText, Sense, Ui, pos2, vec2};

use crate::flows::{LegendRow, legend_row};
use crate::model::{FlowLayer, LinkMode, LinkStatus, NodeKind, Route, ValueKind};
use crate::scene::bands::layer_color;
use crate::scene::{Band, BandState, FlowView, style};

use super::painter::{paint_band, paint_marker_shape, paint_styled_line};

/// The legend for what the map shows now.
pub fn show(ui: &mut Ui, route: &Route, flows: &FlowView) {
    ui.label(RichText::new("Legend").strong().size(16.0));
    flow_contents(ui, route, flows, 1.0, false);
    contents(ui, route);
}

fn sample(ui: &mut Ui, draw: impl FnOnce(&egui::Painter, Rect), text: &str, scale: f32) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(vec2(40.0, 14.0) * scale, Sense::hover());
        draw(ui.painter(), rect);
        ui.label(RichText::new(text).size(13.0 * scale));
    });
}

/// Each visible layer with a band of a round value at the map's scale, then how the kinds of
/// value are drawn.
/// `only_this_year` leaves out layers with no value in the year, for a talk's uncluttered legend.
fn flow_contents(
    ui: &mut Ui,
    route: &Route,
    flows: &FlowView,
    text_scale: f32,
    only_this_year: bool,
) {
    let visible: Vec<&FlowLayer> = flows
        .visible()
        .rev()
        .filter_map(|v| route.layers.get(v.index))
        .filter(|l| !only_this_year || l.values.iter().any(|v| v.year == flows.year))
        .collect();
    if visible.is_empty() {
        return;
    }
    ui.label(
        RichText::new(format!("Flows in {}", flows.year))
            .strong()
            .size(15.0 * text_scale),
    );
    for layer in visible {
        let color = layer_color(layer);
        let LegendRow {
            has_year,
            detail,
            width,
        } = legend_row(layer, flows.year);
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(vec2(40.0, width.max(12.0)), Sense::hover());
            if has_year {
                ui.painter().line_segment(
                    [rect.left_center(), rect.right_center()],
                    egui::Stroke::new(width, color.gamma_multiply(0.9)),
                );
            } else {
                for k in 0..6 {
                    let x = rect.left() + 3.0 + k as f32 * 7.0;
                    ui.painter()
                        .circle_filled(pos2(x, rect.center().y), 1.3, color);
                }
            }
            ui.vertical(|ui| {
                ui.label(RichText::new(&layer.name).size(13.0 * text_scale));
                ui.label(RichText::new(detail).size(12.0 * text_scale).weak());
            });
        });
    }
    for (kind, text) in [
        (ValueKind::Actual, "Actual"),
        (ValueKind::Estimate, "Estimate"),
        (ValueKind::Plan, "Plan or target"),
    ] {
        let state = BandState::Value { kind, amount: true };
        sample(
            ui,
            |p, r| {
                paint_band_sample(p, r, state);
            },
            text,
            text_scale,
        );
    }
    ui.add_space(4.0);
}

fn paint_band_sample(painter: &egui::Painter, r: Rect, state: BandState) {
    let color = Color32::from_rgb(0x55, 0x55, 0x55);
    let band = Band {
        points: Vec::new().into(),
        offset: 0.0,
        width: 9.0,
        color,
        state,
        arrow: true,
        link: 0,
        layer: 0,
        value: 0,
    };
    paint_band(painter, &[r.left_center(), r.right_center()], &band, None);
}

fn contents(ui: &mut Ui, route: &Route) {
    ui.spacing_mut().item_spacing.y = 1.0;
    ui.label(RichText::new("Links").strong());
    for &mode in <LinkMode as strum::VariantArray>::VARIANTS {
        if !route.links.iter().any(|l| l.mode == mode) {
            continue;
        }
        let style = style::link_style(mode, LinkStatus::Operating);
        sample(
            ui,
            |p, r| paint_styled_line(p, &[r.left_center(), r.right_center()], &style),
            mode.label(),
            1.0,
        );
    }
    ui.add_space(4.0);
    ui.label(RichText::new("Status").strong());
    for &status in <LinkStatus as strum::VariantArray>::VARIANTS {
        if !route.links.iter().any(|l| l.status == status) {
            continue;
        }
        let mut style = style::link_style(LinkMode::SeaFerry, status);
        style.color = Color32::from_rgb(0x44, 0x44, 0x44);
        if status == LinkStatus::Operating {
            style.dash = style::Dash::Solid;
        }
        sample(
            ui,
            |p, r| paint_styled_line(p, &[r.left_center(), r.right_center()], &style),
            status.label(),
            1.0,
        );
    }
    ui.add_space(4.0);
    ui.label(RichText::new("Places").strong());
    for &kind in <NodeKind as strum::VariantArray>::VARIANTS {
        if !route.nodes.iter().any(|n| n.kind == kind) {
            continue;
        }
        let (shape, radius) = style::node_marker(kind);
        sample(
            ui,
            |p, r| {
                paint_marker_shape(
                    p,
                    pos2(r.center().x, r.center().y),
                    shape,
                    radius * 0.85,
                    style::NODE_FILL,
                    (1.5, style::NODE_STROKE),
                )
            },
            kind.label(),
            1.0,
        );
    }
}

/// A compact legend over the map's right edge for a talk: the visible layers and their scale.
pub fn overlay(ctx: &egui::Context, map: Rect, route: &Route, flows: &FlowView) {
    let any_this_year = flows.visible().any(|v| {
        route
            .layers
            .get(v.index)
            .is_some_and(|l| l.values.iter().any(|value| value.year == flows.year))
    });
    if !any_this_year {
        return;
    }
    let s = (map.height() / 1080.0).max(0.6);
    egui::Area::new(egui::Id::unique("talk_legend"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::RIGHT_TOP)
        .fixed_pos(map.right_top() + vec2(-20.0 * s, 24.0 * s))
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .fill(Color32::from_rgba_unmultiplied(255, 255, 255, 230))
                .show(ui, |ui| {
                    ui.set_max_width(360.0 * s);
                    flow_contents(ui, route, flows, 1.5 * s, true);
                });
        });
}
