//! What the pointer shows over a node or a link.

use egui::{RichText, Ui};

use crate::model::Route;
use crate::scene::Target;
use crate::text::describe::{describe_value, plural, source_line, status_description};
use crate::ui::tr::TrContext;

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
                status_description(&ui.tr(), link.status)
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
                ui.weak(format!("Nearest: {}", describe_value(&ui.tr(), layer, v)));
            } else {
                ui.label(RichText::new(describe_value(&ui.tr(), layer, v)).size(15.0));
            }
            let source = route
                .source(&v.source)
                .map_or_else(|| v.source.clone(), |s| source_line(&ui.tr(), s));
            ui.weak(format!("Source: {source}"));
            if !v.note.is_empty() {
                ui.label(RichText::new(&v.note).italics().size(12.5));
            }
            ui.weak("Click for the link's chart");
        }
    }
}
