//! The legend in the layers panel: the rows every legend has (see [`crate::scene::legend`]),
//! each sample drawn by the same function as on a picture, the words as labels a screen reader
//! can read.

use egui::{RichText, Sense, Ui, vec2};

use crate::model::Route;
use crate::scene::FlowView;
use crate::scene::legend::{self, LegendKind, SAMPLE_WIDTH};
use crate::ui::tr::TrContext;

use super::painter;

/// The legend for what the map shows now.
pub fn show(ui: &mut Ui, route: &Route, flows: &FlowView) {
    ui.label(
        RichText::new(ui.tr().t("layers-legend"))
            .strong()
            .size(16.0),
    );
    ui.spacing_mut().item_spacing.y = 1.0;
    for row in legend::rows(route, flows, LegendKind::Full, &ui.tr()) {
        let Some(sample) = row.sample else {
            ui.add_space(4.0);
            ui.label(RichText::new(&row.text).strong());
            continue;
        };
        ui.horizontal(|ui| {
            let (rect, _) =
                ui.allocate_exact_size(vec2(SAMPLE_WIDTH, sample.height()), Sense::hover());
            painter::paint_items(ui.painter(), &sample.items(rect));
            ui.vertical(|ui| {
                ui.label(RichText::new(&row.text).size(13.0));
                if let Some(detail) = &row.detail {
                    ui.label(RichText::new(detail).size(12.0).weak());
                }
            });
        });
    }
}
