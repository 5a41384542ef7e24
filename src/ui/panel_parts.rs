//! The side panel's building blocks: section headings, framed cards, and the theme's colours for them.

use std::fmt::Debug;
use std::hash::Hash;

use egui::{Color32, CornerRadius, Frame, Margin, Rect, RichText, Stroke, Ui, vec2};

/// The side panel's colours in the interface's theme.
pub fn palette(ui: &Ui) -> crate::ui::theme::Palette {
    crate::ui::theme::palette(ui.ctx())
}

/// A section's heading, in small capitals.
pub fn section(ui: &mut Ui, text: &str) {
    ui.add_space(8.0);
    ui.label(
        RichText::new(text.to_uppercase())
            .size(12.5)
            .color(palette(ui).quiet_text)
            .strong(),
    );
}

/// A framed card. `key` names what the card shows: a card scrolled out of sight is not laid
/// out, only given the height it had when it was last drawn at this width, since a long page of
/// quote cards would otherwise be laid out in full every frame for the few that show.
pub fn card(
    ui: &mut Ui,
    key: impl Hash + Debug,
    fill: Color32,
    edge: Color32,
    add: impl FnOnce(&mut Ui),
) {
    let id = ui.scope_id().with(("card", key));
    let width = ui.available_width();
    let known = ui.data(|d| d.get_temp::<CardSize>(id));
    if let Some(size) = known.filter(|s| s.width == width) {
        let place = Rect::from_min_size(ui.cursor().min, vec2(width, size.height));
        if !ui.is_rect_visible(place) {
            ui.allocate_space(vec2(width, size.height));
            return;
        }
    }
    let shown = Frame::new()
        .fill(fill)
        .stroke(Stroke::new(1.0, edge))
        .corner_radius(CornerRadius::same(6))
        .inner_margin(Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
    let height = shown.response.rect.height();
    ui.data_mut(|d| d.insert_temp(id, CardSize { width, height }));
}

/// A card's outer size when it was last drawn.
#[derive(Clone, Copy)]
struct CardSize {
    width: f32,
    height: f32,
}
