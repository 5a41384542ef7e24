//! The side panel's building blocks: section headings, framed cards and their colours.

use std::fmt::Debug;
use std::hash::Hash;

use egui::{Color32, CornerRadius, Frame, Margin, Rect, RichText, Stroke, Ui, vec2};

/// The orange of figures and of the mark on a translation.
pub const ACCENT: Color32 = Color32::from_rgb(0xE8, 0x6A, 0x10);
/// A quote's card, and a source's.
pub const CARD: Color32 = Color32::from_rgb(0xFA, 0xF8, 0xF3);
pub const CARD_EDGE: Color32 = Color32::from_rgb(0xE2, 0xDC, 0xCF);
/// A reported statement's card: cooler than a quote's, so the two are told apart at a glance.
pub const REPORTED: Color32 = Color32::from_rgb(0xF1, 0xF4, 0xF7);
pub const REPORTED_EDGE: Color32 = Color32::from_rgb(0xC9, 0xD3, 0xDD);
/// The grey of section headings and of the words that say what a card holds.
pub const MUTED: Color32 = Color32::from_rgb(0x6B, 0x65, 0x5B);

/// A section's heading, in small capitals.
pub fn section(ui: &mut Ui, text: &str) {
    ui.add_space(8.0);
    ui.label(
        RichText::new(text.to_uppercase())
            .size(12.5)
            .color(MUTED)
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
