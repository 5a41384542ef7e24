//! The layers list: which flow layers show, in what order, how opaque.

use egui::{RichText, Sense, Ui, vec2};

use crate::model::Route;
use crate::scene::bands::layer_color;
use crate::scene::{FlowView, LayerView};

/// Lists the layers, top one first; edits `flows` in place.
pub fn show(ui: &mut Ui, route: &Route, flows: &mut FlowView) {
    if route.layers.is_empty() {
        return;
    }
    ui.label(RichText::new("Flow layers").strong().size(16.0));
    let n = flows.layers.len();
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
            ui.add(
                egui::Slider::new(&mut view.opacity, 0.1..=1.0)
                    .show_value(false)
                    .text("opacity"),
            )
            .on_hover_text(format!("Opacity of {}", layer.name));
            {
                if ui
                    .add_enabled(position + 1 < n, egui::Button::new("▲").small())
                    .on_hover_text(format!("Draw {} above the layer over it", layer.name))
                    .clicked()
                {
                    swap = Some((position, position + 1));
                }
                if ui
                    .add_enabled(position > 0, egui::Button::new("▼").small())
                    .on_hover_text(format!("Draw {} below the layer under it", layer.name))
                    .clicked()
                {
                    swap = Some((position, position - 1));
                }
            }
        });
    }
    if let Some((a, b)) = swap {
        flows.layers.swap(a, b);
    }
}
