//! What the pointer shows over a node or a link.

use egui::{RichText, Ui};

use crate::model::Route;
use crate::scene::Target;
use crate::text::describe::{self, source_credit};
use crate::tr;
use crate::ui::side_panel::kind_and_country;
use crate::ui::tr::TrContext;

/// How many quotes and figures a place has, such as "5 quotes, 2 figures".
pub fn node_counts(tr: &crate::i18n::Tr, route: &Route, node: &crate::model::Node) -> String {
    let quotes = route.quote_count_for(&node.id);
    let figures = route.figures_for(&node.id).count();
    tr!(
        tr,
        "tooltip-node-counts",
        quotes = tr!(tr, "quotes-count", count = quotes),
        figures = tr!(tr, "panel-figures-count", count = figures),
    )
}

/// `year` is the shown year; `None` while the values with no year given are shown.
pub fn show(ui: &mut Ui, route: &Route, target: Target, year: Option<i32>) {
    let tr = ui.tr();
    match target {
        Target::Node(i) => {
            let Some(node) = route.nodes.get(i) else {
                return;
            };
            ui.label(RichText::new(&node.name).strong().size(16.0));
            if !node.local_name.is_empty() && node.local_name != node.name {
                ui.label(&node.local_name);
            }
            ui.label(kind_and_country(&tr, node));
            ui.weak(node_counts(&tr, route, node));
        }
        Target::Link(i) => {
            let Some(link) = route.links.get(i) else {
                return;
            };
            ui.label(RichText::new(route.link_title(link)).strong().size(16.0));
            ui.label(format!(
                "{} · {} ({})",
                describe::link_mode(&tr, link.mode),
                describe::link_status(&tr, link.status),
                describe::status_description(&tr, link.status)
            ));
            ui.weak(tr.t("tooltip-link-details"));
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
                ui.label(match year {
                    Some(year) => tr!(tr, "tooltip-no-value", year = year.to_string()),
                    None => tr.t("tooltip-no-value-without-year"),
                });
                ui.weak(tr!(
                    tr,
                    "tooltip-nearest",
                    value = describe::describe_value(&tr, layer, v)
                ));
            } else {
                ui.label(RichText::new(describe::describe_value(&tr, layer, v)).size(15.0));
            }
            // A source the route names but does not describe is shown by its id alone.
            let source = route.source(&v.source).map_or_else(
                || v.source.clone(),
                |_| source_credit(&tr, route, &v.source),
            );
            ui.weak(tr!(tr, "panel-source", source = source));
            if !v.note.is_empty() {
                ui.label(RichText::new(&v.note).italics().size(12.5));
            }
            ui.weak(tr.t("tooltip-flow-chart"));
        }
    }
}
