//! The layers list: which flow layers show, in what order, how opaque.

use egui::{RichText, Sense, Ui, vec2};

use crate::model::Route;
use crate::scene::bands::layer_color;
use crate::scene::{FlowView, LayerView};
use crate::tr;
use crate::ui::a11y::{name_button, name_slider};
use crate::ui::tr::TrContext;

/// Room for the opacity slider's word, in points, in a row as wide as the panel: as much as
/// English "opacity" takes, with a little to spare.
const OPACITY_WORD_ROOM: f32 = 60.0;

/// Lists the layers, top one first; edits `flows` in place.
pub fn show(ui: &mut Ui, route: &Route, flows: &mut FlowView) {
    if route.layers.is_empty() {
        return;
    }
    let tr = ui.tr();
    ui.label(RichText::new(tr.t("layers-title")).strong().size(16.0));
    let n = flows.layers.len();
    // The opacity slider gives up width to a longer word than English "opacity", so that the
    // row still fits a panel lying over the map.
    let opacity = tr.t("layers-opacity");
    let word = ui
        .painter()
        .layout_no_wrap(
            opacity.clone(),
            egui::TextStyle::Body.resolve(ui.style()),
            egui::Color32::PLACEHOLDER,
        )
        .size()
        .x;
    let slider_width = (ui.spacing().slider_width - (word - OPACITY_WORD_ROOM).max(0.0)).max(40.0);
    let mut swap: Option<(usize, usize)> = None;
    // Top of the list draws on top: the last layer of the view.
    for position in (0..n).rev() {
        let view: &mut LayerView = &mut flows.layers[position];
        let Some(layer) = route.layers.get(view.index) else {
            continue;
        };
        ui.horizontal(|ui| {
            let (swatch, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
            ui.painter().rect_filled(swatch, 3.0, layer_color(layer));
            ui.checkbox(&mut view.visible, layer.name.as_str())
                .on_hover_text(format!("{} ({})", layer.description, layer.unit));
        });
        ui.horizontal(|ui| {
            ui.add_space(22.0);
            ui.spacing_mut().slider_width = slider_width;
            let opacity_of = tr!(tr, "layers-opacity-of", layer = &layer.name);
            let slider = ui.add(
                egui::Slider::new(&mut view.opacity, 0.1..=1.0)
                    .show_value(false)
                    .text(opacity.as_str()),
            );
            let value = f64::from(view.opacity);
            name_slider(slider, value, &opacity_of).on_hover_text(&opacity_of);
            let raise = tr!(tr, "layers-raise", layer = &layer.name);
            let raised = ui.add_enabled(position + 1 < n, egui::Button::new("▲").small());
            if name_button(raised, &raise).on_hover_text(&raise).clicked() {
                swap = Some((position, position + 1));
            }
            let lower = tr!(tr, "layers-lower", layer = &layer.name);
            let lowered = ui.add_enabled(position > 0, egui::Button::new("▼").small());
            if name_button(lowered, &lower).on_hover_text(&lower).clicked() {
                swap = Some((position, position - 1));
            }
        });
    }
    if let Some((a, b)) = swap {
        flows.layers.swap(a, b);
    }
}
