//! What the pointer shows over a node or a link.

use egui::{RichText, Ui};

use crate::model::Route;
use crate::scene::{Target, status_description};

pub fn show(ui: &mut Ui, route: &Route, target: Target) {
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
            let name = |id: &str| route.node(id).map_or(id.to_owned(), |n| n.name.clone());
            let title = if link.name.is_empty() {
                format!("{} – {}", name(&link.from), name(&link.to))
            } else {
                link.name.clone()
            };
            ui.label(RichText::new(title).strong().size(16.0));
            ui.label(format!(
                "{} · {} ({})",
                link.mode.label(),
                link.status.label(),
                status_description(link.status)
            ));
            ui.weak("Click for details");
        }
    }
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
