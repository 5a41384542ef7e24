//! What the pointer shows over a node or a link.

use egui::{RichText, Ui};

use crate::model::Route;
use crate::scene::{Target, status_description};

pub fn show(ui: &mut Ui, route: &Route, target: Target, year: i32) {
    match target {
        Target::Node(i) => {
            let Some(node) = route.nodes.get(i) else {
                return;
            };
            ui.label(RichText::new(&node.name).strong().size(16.0));
            if !node.local_name.is_empty() && node.local_name != node.name {
                ui.label(&node.local_name);
            }
            ui.label(format!("{} · {}", node.kind.label(), node.country));
            let quotes = route.quotes_for(&node.id).count();
            let figures = route.figures_for(&node.id).count();
            ui.weak(format!(
                "{quotes} quote{} · {figures} figure{} — click for details",
                plural(quotes),
                plural(figures)
            ));
        }
        Target::Link(i) => {
            let Some(link) = route.links.get(i) else {
                return;
            };
            ui.label(RichText::new(route.link_title(link)).strong().size(16.0));
            ui.label(format!(
                "{} · {} ({})",
                link.mode.label(),
                link.status.label(),
                status_description(link.status)
            ));
            ui.weak("Click for details");
        }
        Target::Flow { layer, value, .. } => {
            let Some(layer) = route.layers.get(layer) else {
                return;
            };
            let Some(v) = layer.values.get(value) else {
                return;
            };
            ui.label(RichText::new(&layer.name).strong().size(16.0));
            if v.year != year {
                ui.label(format!("No value for {year} in this route."));
                ui.weak(format!("Nearest: {}", describe_value(layer, v)));
            } else {
                ui.label(RichText::new(describe_value(layer, v)).size(15.0));
            }
            let source = route
                .source(&v.source)
                .map_or_else(|| v.source.clone(), crate::ui::side_panel::source_line);
            ui.weak(format!("Source: {source}"));
            if !v.note.is_empty() {
                ui.label(RichText::new(&v.note).italics().size(12.5));
            }
            ui.weak("Click for the link's chart");
        }
    }
}

/// "4.5 Mt in 2023 (actual)", or "plan or target, 2026" for a status with no amount.
pub fn describe_value(layer: &crate::model::FlowLayer, v: &crate::model::FlowValue) -> String {
    match v.value {
        Some(amount) => format!(
            "{} in {} ({})",
            crate::flows::format_amount(amount, &layer.unit),
            v.year,
            v.kind.label()
        ),
        None => format!("{}, {}", v.kind.label(), v.year),
    }
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
