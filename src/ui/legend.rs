//! The map legend: the link modes and statuses and node kinds that the route uses.

use egui::{Align2, Color32, Frame, Rect, RichText, Sense, Ui, pos2, vec2};

use crate::model::{LinkMode, LinkStatus, NodeKind, Route};
use crate::scene::style;

use super::painter::{paint_marker_shape, paint_styled_line};

pub fn show(ctx: &egui::Context, map: Rect, route: &Route) {
    egui::Area::new(egui::Id::unique("legend"))
        .pivot(Align2::LEFT_BOTTOM)
        .fixed_pos(map.left_bottom() + vec2(12.0, -40.0))
        .show(ctx, |ui| {
            Frame::popup(ui.style())
                .fill(Color32::from_rgba_unmultiplied(255, 255, 255, 235))
                .show(ui, |ui| {
                    egui::CollapsingHeader::new(RichText::new("Legend").strong())
                        .default_open(true)
                        .show(ui, |ui| contents(ui, route));
                });
        });
}

fn sample(ui: &mut Ui, draw: impl FnOnce(&egui::Painter, Rect), text: &str) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(vec2(40.0, 14.0), Sense::hover());
        draw(ui.painter(), rect);
        ui.label(RichText::new(text).size(13.0));
    });
}

fn contents(ui: &mut Ui, route: &Route) {
    ui.spacing_mut().item_spacing.y = 1.0;
    ui.label(RichText::new("Links").strong());
    for mode in LinkMode::ALL {
        if !route.links.iter().any(|l| l.mode == mode) {
            continue;
        }
        let style = style::link_style(mode, LinkStatus::Operating);
        sample(
            ui,
            |p, r| paint_styled_line(p, &[r.left_center(), r.right_center()], &style),
            mode.label(),
        );
    }
    ui.add_space(4.0);
    ui.label(RichText::new("Status").strong());
    for status in LinkStatus::ALL {
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
        );
    }
    ui.add_space(4.0);
    ui.label(RichText::new("Places").strong());
    for kind in NodeKind::ALL {
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
        );
    }
}
